from typing import Literal

WanMotionInputAcceleration = Literal["none", "regular"]

WAN_MOTION_INPUT_ACCELERATION_VALUES: set[WanMotionInputAcceleration] = {
    "none",
    "regular",
}


def check_wan_motion_input_acceleration(value: str) -> WanMotionInputAcceleration:
    if value in WAN_MOTION_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_MOTION_INPUT_ACCELERATION_VALUES!r}"
    )
