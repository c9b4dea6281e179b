from typing import Literal

KlingVideoV25TurboStandardImageToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V25_TURBO_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV25TurboStandardImageToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v25_turbo_standard_image_to_video_input_duration(
    value: str,
) -> KlingVideoV25TurboStandardImageToVideoInputDuration:
    if value in KLING_VIDEO_V25_TURBO_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V25_TURBO_STANDARD_IMAGE_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
