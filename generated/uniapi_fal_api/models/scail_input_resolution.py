from typing import Literal

ScailInputResolution = Literal["512p"]

SCAIL_INPUT_RESOLUTION_VALUES: set[ScailInputResolution] = {
    "512p",
}


def check_scail_input_resolution(value: str) -> ScailInputResolution:
    if value in SCAIL_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCAIL_INPUT_RESOLUTION_VALUES!r}"
    )
