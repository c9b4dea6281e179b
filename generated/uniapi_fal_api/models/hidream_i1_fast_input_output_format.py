from typing import Literal

HidreamI1FastInputOutputFormat = Literal["jpeg", "png"]

HIDREAM_I1_FAST_INPUT_OUTPUT_FORMAT_VALUES: set[HidreamI1FastInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_hidream_i1_fast_input_output_format(value: str) -> HidreamI1FastInputOutputFormat:
    if value in HIDREAM_I1_FAST_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_I1_FAST_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
