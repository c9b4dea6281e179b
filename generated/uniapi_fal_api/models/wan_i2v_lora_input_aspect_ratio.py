from typing import Literal

WanI2VLoraInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_I2V_LORA_INPUT_ASPECT_RATIO_VALUES: set[WanI2VLoraInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_i2v_lora_input_aspect_ratio(value: str) -> WanI2VLoraInputAspectRatio:
    if value in WAN_I2V_LORA_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_I2V_LORA_INPUT_ASPECT_RATIO_VALUES!r}"
    )
