from typing import Literal

KlingVideoV16ProImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V16_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV16ProImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v16_pro_image_to_video_input_duration(
    value: str,
) -> KlingVideoV16ProImageToVideoInputDuration:
    if value in KLING_VIDEO_V16_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V16_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
