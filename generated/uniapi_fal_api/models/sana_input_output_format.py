from typing import Literal

SanaInputOutputFormat = Literal["jpeg", "png"]

SANA_INPUT_OUTPUT_FORMAT_VALUES: set[SanaInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_sana_input_output_format(value: str) -> SanaInputOutputFormat:
    if value in SANA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
