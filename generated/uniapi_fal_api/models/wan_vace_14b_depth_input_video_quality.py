from typing import Literal

WanVace14BDepthInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_VACE_14B_DEPTH_INPUT_VIDEO_QUALITY_VALUES: set[WanVace14BDepthInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_vace_14b_depth_input_video_quality(value: str) -> WanVace14BDepthInputVideoQuality:
    if value in WAN_VACE_14B_DEPTH_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
