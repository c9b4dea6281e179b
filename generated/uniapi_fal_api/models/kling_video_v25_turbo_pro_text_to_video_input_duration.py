from typing import Literal

KlingVideoV25TurboProTextToVideoInputDuration = Literal["10", "5"]

KLING_VIDEO_V25_TURBO_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES: set[
    KlingVideoV25TurboProTextToVideoInputDuration
] = {
    "10",
    "5",
}


def check_kling_video_v25_turbo_pro_text_to_video_input_duration(
    value: str,
) -> KlingVideoV25TurboProTextToVideoInputDuration:
    if value in KLING_VIDEO_V25_TURBO_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V25_TURBO_PRO_TEXT_TO_VIDEO_INPUT_DURATION_VALUES!r}"
    )
