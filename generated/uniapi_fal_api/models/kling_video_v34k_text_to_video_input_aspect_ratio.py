from typing import Literal

KlingVideoV34KTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_V34K_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoV34KTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_v34k_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoV34KTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_V34K_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_V34K_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
