from typing import Literal

WanI2VInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_I2V_INPUT_ASPECT_RATIO_VALUES: set[WanI2VInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_i2v_input_aspect_ratio(value: str) -> WanI2VInputAspectRatio:
    if value in WAN_I2V_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_I2V_INPUT_ASPECT_RATIO_VALUES!r}"
    )
