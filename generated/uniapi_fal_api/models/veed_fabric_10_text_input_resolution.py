from typing import Literal

VeedFabric10TextInputResolution = Literal["480p", "720p"]

VEED_FABRIC_10_TEXT_INPUT_RESOLUTION_VALUES: set[VeedFabric10TextInputResolution] = {
    "480p",
    "720p",
}


def check_veed_fabric_10_text_input_resolution(value: str) -> VeedFabric10TextInputResolution:
    if value in VEED_FABRIC_10_TEXT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEED_FABRIC_10_TEXT_INPUT_RESOLUTION_VALUES!r}"
    )
