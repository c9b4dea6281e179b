from typing import Literal

KlingVideoV3TurboProTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V3_TURBO_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV3TurboProTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v3_turbo_pro_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV3TurboProTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V3_TURBO_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V3_TURBO_PRO_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
