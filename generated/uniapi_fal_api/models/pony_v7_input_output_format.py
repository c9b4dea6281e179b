from typing import Literal

PonyV7InputOutputFormat = Literal["jpeg", "png"]

PONY_V7_INPUT_OUTPUT_FORMAT_VALUES: set[PonyV7InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_pony_v7_input_output_format(value: str) -> PonyV7InputOutputFormat:
    if value in PONY_V7_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PONY_V7_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
