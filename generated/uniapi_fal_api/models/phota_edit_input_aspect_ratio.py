from typing import Literal

PhotaEditInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16", "auto"]

PHOTA_EDIT_INPUT_ASPECT_RATIO_VALUES: set[PhotaEditInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_phota_edit_input_aspect_ratio(value: str) -> PhotaEditInputAspectRatio:
    if value in PHOTA_EDIT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTA_EDIT_INPUT_ASPECT_RATIO_VALUES!r}"
    )
