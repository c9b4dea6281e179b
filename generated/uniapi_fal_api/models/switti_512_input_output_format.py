from typing import Literal

Switti512InputOutputFormat = Literal["jpeg", "png"]

SWITTI_512_INPUT_OUTPUT_FORMAT_VALUES: set[Switti512InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_switti_512_input_output_format(value: str) -> Switti512InputOutputFormat:
    if value in SWITTI_512_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SWITTI_512_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
