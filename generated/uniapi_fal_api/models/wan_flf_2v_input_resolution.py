from typing import Literal

WanFlf2VInputResolution = Literal["480p", "720p"]

WAN_FLF_2V_INPUT_RESOLUTION_VALUES: set[WanFlf2VInputResolution] = {
    "480p",
    "720p",
}


def check_wan_flf_2v_input_resolution(value: str) -> WanFlf2VInputResolution:
    if value in WAN_FLF_2V_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_FLF_2V_INPUT_RESOLUTION_VALUES!r}"
    )
