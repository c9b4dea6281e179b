from typing import Literal

KlingVideoV26ProImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V26_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV26ProImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v26_pro_image_to_video_input_duration(
    value: str,
) -> KlingVideoV26ProImageToVideoInputDuration:
    if value in KLING_VIDEO_V26_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V26_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
