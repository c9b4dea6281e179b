from typing import Literal

PhotaInputAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16", "auto"]

PHOTA_INPUT_ASPECT_RATIO_VALUES: set[PhotaInputAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_phota_input_aspect_ratio(value: str) -> PhotaInputAspectRatio:
    if value in PHOTA_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTA_INPUT_ASPECT_RATIO_VALUES!r}"
    )
