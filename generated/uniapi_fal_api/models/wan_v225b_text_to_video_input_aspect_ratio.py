from typing import Literal

WanV225BTextToVideoInputAspectRatio = Literal["16:9", "1:1", "9:16"]

WAN_V225B_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[WanV225BTextToVideoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_wan_v225b_text_to_video_input_aspect_ratio(
    value: str,
) -> WanV225BTextToVideoInputAspectRatio:
    if value in WAN_V225B_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
