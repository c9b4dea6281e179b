from typing import Literal

SwittiInputOutputFormat = Literal["jpeg", "png"]

SWITTI_INPUT_OUTPUT_FORMAT_VALUES: set[SwittiInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_switti_input_output_format(value: str) -> SwittiInputOutputFormat:
    if value in SWITTI_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SWITTI_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
