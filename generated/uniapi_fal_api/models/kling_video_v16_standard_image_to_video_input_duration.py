from typing import Literal

KlingVideoV16StandardImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V16_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV16StandardImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v16_standard_image_to_video_input_duration(
    value: str,
) -> KlingVideoV16StandardImageToVideoInputDuration:
    if value in KLING_VIDEO_V16_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
