from typing import Literal

WanV27TextToVideoInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

WAN_V27_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[WanV27TextToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_wan_v27_text_to_video_input_aspect_ratio(value: str) -> WanV27TextToVideoInputAspectRatio:
    if value in WAN_V27_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
