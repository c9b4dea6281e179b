from typing import Literal

WanVace14BDepthInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_VACE_14B_DEPTH_INPUT_RESOLUTION_VALUES: set[WanVace14BDepthInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_vace_14b_depth_input_resolution(value: str) -> WanVace14BDepthInputResolution:
    if value in WAN_VACE_14B_DEPTH_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_VACE_14B_DEPTH_INPUT_RESOLUTION_VALUES!r}"
    )
