from typing import Literal

VeedFabric10InputResolution = Literal["480p", "720p"]

VEED_FABRIC_10_INPUT_RESOLUTION_VALUES: set[VeedFabric10InputResolution] = {
    "480p",
    "720p",
}


def check_veed_fabric_10_input_resolution(value: str) -> VeedFabric10InputResolution:
    if value in VEED_FABRIC_10_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEED_FABRIC_10_INPUT_RESOLUTION_VALUES!r}"
    )
