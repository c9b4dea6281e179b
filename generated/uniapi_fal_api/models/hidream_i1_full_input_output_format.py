from typing import Literal

HidreamI1FullInputOutputFormat = Literal["jpeg", "png"]

HIDREAM_I1_FULL_INPUT_OUTPUT_FORMAT_VALUES: set[HidreamI1FullInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_hidream_i1_full_input_output_format(value: str) -> HidreamI1FullInputOutputFormat:
    if value in HIDREAM_I1_FULL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_I1_FULL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
