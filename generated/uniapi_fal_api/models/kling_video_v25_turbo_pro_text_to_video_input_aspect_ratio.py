from typing import Literal

KlingVideoV25TurboProTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V25_TURBO_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV25TurboProTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v25_turbo_pro_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV25TurboProTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V25_TURBO_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V25_TURBO_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
