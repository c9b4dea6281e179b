from typing import Literal

PhotaInputResolution = Literal["1K", "4K"]

PHOTA_INPUT_RESOLUTION_VALUES: set[PhotaInputResolution] = {
    "1K",
    "4K",
}


def check_phota_input_resolution(value: str) -> PhotaInputResolution:
    if value in PHOTA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTA_INPUT_RESOLUTION_VALUES!r}"
    )
