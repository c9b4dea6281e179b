from typing import Literal

UnoInputOutputFormat = Literal["jpeg", "png"]

UNO_INPUT_OUTPUT_FORMAT_VALUES: set[UnoInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_uno_input_output_format(value: str) -> UnoInputOutputFormat:
    if value in UNO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
