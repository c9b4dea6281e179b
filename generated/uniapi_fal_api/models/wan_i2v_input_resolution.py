from typing import Literal

WanI2VInputResolution = Literal["480p", "720p"]

WAN_I2V_INPUT_RESOLUTION_VALUES: set[WanI2VInputResolution] = {
    "480p",
    "720p",
}


def check_wan_i2v_input_resolution(value: str) -> WanI2VInputResolution:
    if value in WAN_I2V_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_I2V_INPUT_RESOLUTION_VALUES!r}"
    )
