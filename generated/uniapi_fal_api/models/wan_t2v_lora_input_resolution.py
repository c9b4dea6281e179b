from typing import Literal

WanT2VLoraInputResolution = Literal["480p", "580p", "720p"]

WAN_T2V_LORA_INPUT_RESOLUTION_VALUES: set[WanT2VLoraInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_t2v_lora_input_resolution(value: str) -> WanT2VLoraInputResolution:
    if value in WAN_T2V_LORA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_T2V_LORA_INPUT_RESOLUTION_VALUES!r}"
    )
