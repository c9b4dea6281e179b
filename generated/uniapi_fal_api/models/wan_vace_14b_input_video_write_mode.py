from typing import Literal

WanVace14BInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_VACE_14B_INPUT_VIDEO_WRITE_MODE_VALUES: set[WanVace14BInputVideoWriteMode] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_vace_14b_input_video_write_mode(value: str) -> WanVace14BInputVideoWriteMode:
    if value in WAN_VACE_14B_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
