from typing import Literal

EdittoInputResolution = Literal["240p", "360p", "480p", "580p", "720p", "auto"]

EDITTO_INPUT_RESOLUTION_VALUES: set[EdittoInputResolution] = {
    "240p",
    "360p",
    "480p",
    "580p",
    "720p",
    "auto",
}


def check_editto_input_resolution(value: str) -> EdittoInputResolution:
    if value in EDITTO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDITTO_INPUT_RESOLUTION_VALUES!r}"
    )
