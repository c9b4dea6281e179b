from typing import Literal

Scail2InputResolution = Literal["512p", "704p"]

SCAIL_2_INPUT_RESOLUTION_VALUES: set[Scail2InputResolution] = {
    "512p",
    "704p",
}


def check_scail_2_input_resolution(value: str) -> Scail2InputResolution:
    if value in SCAIL_2_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCAIL_2_INPUT_RESOLUTION_VALUES!r}"
    )
