from typing import Literal

PhotaInputOutputFormat = Literal["jpeg", "png"]

PHOTA_INPUT_OUTPUT_FORMAT_VALUES: set[PhotaInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_phota_input_output_format(value: str) -> PhotaInputOutputFormat:
    if value in PHOTA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
