from typing import Literal

WanT2VLoraInputAspectRatio = Literal["16:9", "9:16"]

WAN_T2V_LORA_INPUT_ASPECT_RATIO_VALUES: set[WanT2VLoraInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_wan_t2v_lora_input_aspect_ratio(value: str) -> WanT2VLoraInputAspectRatio:
    if value in WAN_T2V_LORA_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_T2V_LORA_INPUT_ASPECT_RATIO_VALUES!r}"
    )
