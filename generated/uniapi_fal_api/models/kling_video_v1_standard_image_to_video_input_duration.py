from typing import Literal

KlingVideoV1StandardImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V1_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV1StandardImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v1_standard_image_to_video_input_duration(
    value: str,
) -> KlingVideoV1StandardImageToVideoInputDuration:
    if value in KLING_VIDEO_V1_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V1_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
