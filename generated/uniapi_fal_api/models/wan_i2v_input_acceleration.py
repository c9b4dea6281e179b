from typing import Literal

WanI2VInputAcceleration = Literal["none", "regular"]

WAN_I2V_INPUT_ACCELERATION_VALUES: set[WanI2VInputAcceleration] = {
    "none",
    "regular",
}


def check_wan_i2v_input_acceleration(value: str) -> WanI2VInputAcceleration:
    if value in WAN_I2V_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_I2V_INPUT_ACCELERATION_VALUES!r}"
    )
