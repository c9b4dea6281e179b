from typing import Literal

EdittoInputAspectRatio = Literal["16:9", "1:1", "9:16", "auto"]

EDITTO_INPUT_ASPECT_RATIO_VALUES: set[EdittoInputAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
    "auto",
}


def check_editto_input_aspect_ratio(value: str) -> EdittoInputAspectRatio:
    if value in EDITTO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDITTO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
