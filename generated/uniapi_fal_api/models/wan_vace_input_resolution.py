from typing import Literal

WanVaceInputResolution = Literal["480p", "580p", "720p"]

WAN_VACE_INPUT_RESOLUTION_VALUES: set[WanVaceInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_vace_input_resolution(value: str) -> WanVaceInputResolution:
    if value in WAN_VACE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_INPUT_RESOLUTION_VALUES!r}"
    )
