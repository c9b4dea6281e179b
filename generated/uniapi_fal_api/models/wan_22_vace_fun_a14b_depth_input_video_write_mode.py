from typing import Literal

Wan22VaceFunA14BDepthInputVideoWriteMode = Literal["balanced", "fast", "small"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Wan22VaceFunA14BDepthInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_wan_22_vace_fun_a14b_depth_input_video_write_mode(
    value: str,
) -> Wan22VaceFunA14BDepthInputVideoWriteMode:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
