from typing import Literal

IdeogramV4FastInputOutputFormat = Literal["jpeg", "png"]

IDEOGRAM_V4_FAST_INPUT_OUTPUT_FORMAT_VALUES: set[IdeogramV4FastInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ideogram_v4_fast_input_output_format(value: str) -> IdeogramV4FastInputOutputFormat:
    if value in IDEOGRAM_V4_FAST_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_FAST_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
