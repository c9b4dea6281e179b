from typing import Literal

KlingVideoO34KTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_VIDEO_O34K_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    KlingVideoO34KTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_video_o34k_text_to_video_input_aspect_ratio(
    value: str,
) -> KlingVideoO34KTextToVideoInputAspectRatio:
    if value in KLING_VIDEO_O34K_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_VIDEO_O34K_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
