from typing import Literal

WanVace13BInputAspectRatio = Literal["16:9", "9:16", "auto"]

WAN_VACE_13B_INPUT_ASPECT_RATIO_VALUES: set[WanVace13BInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_wan_vace_13b_input_aspect_ratio(value: str) -> WanVace13BInputAspectRatio:
    if value in WAN_VACE_13B_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_13B_INPUT_ASPECT_RATIO_VALUES!r}"
    )
