from typing import Literal

WanVace14BInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_VACE_14B_INPUT_RESOLUTION_VALUES: set[WanVace14BInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_vace_14b_input_resolution(value: str) -> WanVace14BInputResolution:
    if value in WAN_VACE_14B_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_INPUT_RESOLUTION_VALUES!r}"
    )
