from typing import Literal

WanI2VLoraInputResolution = Literal["480p", "720p"]

WAN_I2V_LORA_INPUT_RESOLUTION_VALUES: set[WanI2VLoraInputResolution] = {
    "480p",
    "720p",
}


def check_wan_i2v_lora_input_resolution(value: str) -> WanI2VLoraInputResolution:
    if value in WAN_I2V_LORA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_I2V_LORA_INPUT_RESOLUTION_VALUES!r}"
    )
