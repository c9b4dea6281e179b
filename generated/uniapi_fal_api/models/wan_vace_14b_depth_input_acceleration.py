from typing import Literal

WanVace14BDepthInputAcceleration = Literal["low", "none", "regular"]

WAN_VACE_14B_DEPTH_INPUT_ACCELERATION_VALUES: set[WanVace14BDepthInputAcceleration] = {
    "low",
    "none",
    "regular",
}


def check_wan_vace_14b_depth_input_acceleration(value: str) -> WanVace14BDepthInputAcceleration:
    if value in WAN_VACE_14B_DEPTH_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_ACCELERATION_VALUES!r}"
    )
