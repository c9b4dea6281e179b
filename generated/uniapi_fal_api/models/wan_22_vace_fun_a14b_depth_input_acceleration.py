from typing import Literal

Wan22VaceFunA14BDepthInputAcceleration = Literal["low", "none", "regular"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_ACCELERATION_VALUES: set[
    Wan22VaceFunA14BDepthInputAcceleration
] = {
    "low",
    "none",
    "regular",
}


def check_wan_22_vace_fun_a14b_depth_input_acceleration(
    value: str,
) -> Wan22VaceFunA14BDepthInputAcceleration:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_ACCELERATION_VALUES!r}"
    )
