from typing import Literal

KolorsInputOutputFormat = Literal["jpeg", "png"]

KOLORS_INPUT_OUTPUT_FORMAT_VALUES: set[KolorsInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_kolors_input_output_format(value: str) -> KolorsInputOutputFormat:
    if value in KOLORS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOLORS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
