from typing import Literal

IclightV2InputOutputFormat = Literal["jpeg", "png"]

ICLIGHT_V2_INPUT_OUTPUT_FORMAT_VALUES: set[IclightV2InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_iclight_v2_input_output_format(value: str) -> IclightV2InputOutputFormat:
    if value in ICLIGHT_V2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ICLIGHT_V2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
