from typing import Literal

WanVace13BInputResolution = Literal["480p", "580p", "720p"]

WAN_VACE_13B_INPUT_RESOLUTION_VALUES: set[WanVace13BInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_vace_13b_input_resolution(value: str) -> WanVace13BInputResolution:
    if value in WAN_VACE_13B_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_13B_INPUT_RESOLUTION_VALUES!r}"
    )
