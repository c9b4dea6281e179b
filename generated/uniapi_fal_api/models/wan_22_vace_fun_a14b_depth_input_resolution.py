from typing import Literal

Wan22VaceFunA14BDepthInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

WAN_22_VACE_FUN_A14B_DEPTH_INPUT_RESOLUTION_VALUES: set[Wan22VaceFunA14BDepthInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_wan_22_vace_fun_a14b_depth_input_resolution(
    value: str,
) -> Wan22VaceFunA14BDepthInputResolution:
    if value in WAN_22_VACE_FUN_A14B_DEPTH_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_22_VACE_FUN_A14B_DEPTH_INPUT_RESOLUTION_VALUES!r}"
    )
