from typing import Literal

WanFlf2VInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

WAN_FLF_2V_INPUT_ASPECT_RATIO_VALUES: set[WanFlf2VInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_wan_flf_2v_input_aspect_ratio(value: str) -> WanFlf2VInputAspectRatio:
    if value in WAN_FLF_2V_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_FLF_2V_INPUT_ASPECT_RATIO_VALUES!r}"
    )
