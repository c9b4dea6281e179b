from typing import Literal

KlingVideoV15ProImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V15_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV15ProImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v15_pro_image_to_video_input_duration(
    value: str,
) -> KlingVideoV15ProImageToVideoInputDuration:
    if value in KLING_VIDEO_V15_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V15_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
