from typing import Literal

OmnigenV2InputOutputFormat = Literal["jpeg", "png"]

OMNIGEN_V2_INPUT_OUTPUT_FORMAT_VALUES: set[OmnigenV2InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_omnigen_v2_input_output_format(value: str) -> OmnigenV2InputOutputFormat:
    if value in OMNIGEN_V2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNIGEN_V2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
