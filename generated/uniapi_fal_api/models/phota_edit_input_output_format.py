from typing import Literal

PhotaEditInputOutputFormat = Literal["jpeg", "png"]

PHOTA_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[PhotaEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_phota_edit_input_output_format(value: str) -> PhotaEditInputOutputFormat:
    if value in PHOTA_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTA_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
