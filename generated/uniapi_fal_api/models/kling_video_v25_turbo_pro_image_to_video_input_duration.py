from typing import Literal

KlingVideoV25TurboProImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V25_TURBO_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV25TurboProImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v25_turbo_pro_image_to_video_input_duration(
    value: str,
) -> KlingVideoV25TurboProImageToVideoInputDuration:
    if value in KLING_VIDEO_V25_TURBO_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V25_TURBO_PRO_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
