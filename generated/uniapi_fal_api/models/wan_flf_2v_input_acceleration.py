from typing import Literal

WanFlf2VInputAcceleration = Literal["none", "regular"]

WAN_FLF_2V_INPUT_ACCELERATION_VALUES: set[WanFlf2VInputAcceleration] = {
    "none",
    "regular",
}


def check_wan_flf_2v_input_acceleration(value: str) -> WanFlf2VInputAcceleration:
    if value in WAN_FLF_2V_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_FLF_2V_INPUT_ACCELERATION_VALUES!r}"
    )
