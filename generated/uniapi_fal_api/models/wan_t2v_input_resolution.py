from typing import Literal

WanT2VInputResolution = Literal["480p", "580p", "720p"]

WAN_T2V_INPUT_RESOLUTION_VALUES: set[WanT2VInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_wan_t2v_input_resolution(value: str) -> WanT2VInputResolution:
    if value in WAN_T2V_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_T2V_INPUT_RESOLUTION_VALUES!r}"
    )
