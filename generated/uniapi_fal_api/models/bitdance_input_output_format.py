from typing import Literal

BitdanceInputOutputFormat = Literal["jpeg", "png"]

BITDANCE_INPUT_OUTPUT_FORMAT_VALUES: set[BitdanceInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_bitdance_input_output_format(value: str) -> BitdanceInputOutputFormat:
    if value in BITDANCE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BITDANCE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
