from typing import Literal

WanV2214BAnimateReplaceInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_V2214B_ANIMATE_REPLACE_INPUT_VIDEO_QUALITY_VALUES: set[
    WanV2214BAnimateReplaceInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_v2214b_animate_replace_input_video_quality(
    value: str,
) -> WanV2214BAnimateReplaceInputVideoQuality:
    if value in WAN_V2214B_ANIMATE_REPLACE_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_ANIMATE_REPLACE_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
