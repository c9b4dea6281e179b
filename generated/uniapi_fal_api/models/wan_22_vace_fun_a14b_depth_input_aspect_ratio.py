from typing import Literal

Wan22VaceFunA14BDepthInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_ASPECT_RATIO_VALUES: set[Wan22VaceFunA14BDepthInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_22_vace_fun_a14b_depth_input_aspect_ratio(
    value: str,
) -> Wan22VaceFunA14BDepthInputAspectRatio:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_ASPECT_RATIO_VALUES!r}"
    )
