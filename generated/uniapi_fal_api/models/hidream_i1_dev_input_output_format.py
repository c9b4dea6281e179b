from typing import Literal

HidreamI1DevInputOutputFormat = Literal["jpeg", "png"]

HIDREAM_I1_DEV_INPUT_OUTPUT_FORMAT_VALUES: set[HidreamI1DevInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_hidream_i1_dev_input_output_format(value: str) -> HidreamI1DevInputOutputFormat:
    if value in HIDREAM_I1_DEV_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_I1_DEV_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
