from typing import Literal

PhotaEditInputResolution = Literal["1K", "4K"]

PHOTA_EDIT_INPUT_RESOLUTION_VALUES: set[PhotaEditInputResolution] = {
    "1K",
    "4K",
}


def check_phota_edit_input_resolution(value: str) -> PhotaEditInputResolution:
    if value in PHOTA_EDIT_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTA_EDIT_INPUT_RESOLUTION_VALUES!r}"
    )
