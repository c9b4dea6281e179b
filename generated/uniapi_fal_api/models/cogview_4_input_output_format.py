from typing import Literal

Cogview4InputOutputFormat = Literal["jpeg", "png"]

COGVIEW_4_INPUT_OUTPUT_FORMAT_VALUES: set[Cogview4InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_cogview_4_input_output_format(value: str) -> Cogview4InputOutputFormat:
    if value in COGVIEW_4_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COGVIEW_4_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
