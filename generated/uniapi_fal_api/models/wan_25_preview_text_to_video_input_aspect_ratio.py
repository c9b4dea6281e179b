from typing import Literal

Wan25PreviewTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

WAN_25_PREVIEW_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    Wan25PreviewTextToVideoInputAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_wan_25_preview_text_to_video_input_aspect_ratio(
    value: str,
) -> Wan25PreviewTextToVideoInputAspectRatio:
    if value in WAN_25_PREVIEW_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_PREVIEW_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
