from typing import Literal

RifeInputOutputFormat = Literal["jpeg", "png"]

RIFE_INPUT_OUTPUT_FORMAT_VALUES: set[RifeInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_rife_input_output_format(value: str) -> RifeInputOutputFormat:
    if value in RIFE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RIFE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
