from typing import Literal

WanVace14BDepthInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_VACE_14B_DEPTH_INPUT_VIDEO_WRITE_MODE_VALUES: set[WanVace14BDepthInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_vace_14b_depth_input_video_write_mode(
    value: str,
) -> WanVace14BDepthInputVideoWriteMode:
    if value in WAN_VACE_14B_DEPTH_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
