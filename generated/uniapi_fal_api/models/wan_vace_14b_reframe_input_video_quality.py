from typing import Literal

WanVace14BReframeInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_VACE_14B_REFRAME_INPUT_VIDEO_QUALITY_VALUES: set[WanVace14BReframeInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_vace_14b_reframe_input_video_quality(
    value: str,
) -> WanVace14BReframeInputVideoQuality:
    if value in WAN_VACE_14B_REFRAME_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_REFRAME_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
