from typing import Literal

KlingVideoV3TurboStandardTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V3_TURBO_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV3TurboStandardTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v3_turbo_standard_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV3TurboStandardTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V3_TURBO_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V3_TURBO_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
