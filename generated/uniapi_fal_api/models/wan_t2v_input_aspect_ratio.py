from typing import Literal

WanT2VInputAspectRatio = Literal["16:9", "9:16"]

WAN_T2V_INPUT_ASPECT_RATIO_VALUES: set[WanT2VInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_wan_t2v_input_aspect_ratio(value: str) -> WanT2VInputAspectRatio:
    if value in WAN_T2V_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_T2V_INPUT_ASPECT_RATIO_VALUES!r}"
    )
