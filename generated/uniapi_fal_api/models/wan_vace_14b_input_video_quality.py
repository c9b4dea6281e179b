from typing import Literal

WanVace14BInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_VACE_14B_INPUT_VIDEO_QUALITY_VALUES: set[WanVace14BInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_vace_14b_input_video_quality(value: str) -> WanVace14BInputVideoQuality:
    if value in WAN_VACE_14B_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
