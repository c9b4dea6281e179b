from typing import Literal

PiflowInputOutputFormat = Literal["jpeg", "png"]

PIFLOW_INPUT_OUTPUT_FORMAT_VALUES: set[PiflowInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_piflow_input_output_format(value: str) -> PiflowInputOutputFormat:
    if value in PIFLOW_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIFLOW_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
