from typing import Literal

WanV2214BAnimateMoveInputVideoQuality = Literal["high", "low", "maximum", "medium"]

WAN_V2214B_ANIMATE_MOVE_INPUT_VIDEO_QUALITY_VALUES: set[WanV2214BAnimateMoveInputVideoQuality] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_wan_v2214b_animate_move_input_video_quality(
    value: str,
) -> WanV2214BAnimateMoveInputVideoQuality:
    if value in WAN_V2214B_ANIMATE_MOVE_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_ANIMATE_MOVE_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
