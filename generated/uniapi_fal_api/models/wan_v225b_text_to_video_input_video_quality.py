from typing import Literal

WanV225BTextToVideoInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_V225B_TEXT_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES: set[WanV225BTextToVideoInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_v225b_text_to_video_input_video_quality(
    value: str,
) -> WanV225BTextToVideoInputVideoQuality:
    if value in WAN_V225B_TEXT_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V225B_TEXT_TO_VIDEO_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
