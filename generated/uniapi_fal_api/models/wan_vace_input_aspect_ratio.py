from typing import Literal

WanVaceInputAspectRatio = Literal["16:9", "9:16", "auto"]

WAN_VACE_INPUT_ASPECT_RATIO_VALUES: set[WanVaceInputAspectRatio] = {
    "16:9",
    "9:16",
    "auto",
}


def check_wan_vace_input_aspect_ratio(value: str) -> WanVaceInputAspectRatio:
    if value in WAN_VACE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
