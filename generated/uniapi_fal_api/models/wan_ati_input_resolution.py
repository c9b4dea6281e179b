from typing import Literal

WanAtiInputResolution = Literal["480p", "580p", "720p"]

WAN_ATI_INPUT_RESOLUTION_VALUES: set[WanAtiInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_ati_input_resolution(value: str) -> WanAtiInputResolution:
    if value in WAN_ATI_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_ATI_INPUT_RESOLUTION_VALUES!r}"
    )
