from typing import Literal

KlingVideoV3StandardTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V3_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV3StandardTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v3_standard_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV3StandardTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V3_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V3_STANDARD_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
