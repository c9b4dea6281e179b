from typing import Literal

WanV2214BAnimateMoveInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_V2214B_ANIMATE_MOVE_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    WanV2214BAnimateMoveInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_v2214b_animate_move_input_video_write_mode(
    value: str,
) -> WanV2214BAnimateMoveInputVideoWriteMode:
    if value in WAN_V2214B_ANIMATE_MOVE_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V2214B_ANIMATE_MOVE_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
