from typing import Literal

IdeogramV4InstantInputOutputFormat = Literal["jpeg", "png"]

IDEOGRAM_V4_INSTANT_INPUT_OUTPUT_FORMAT_VALUES: set[IdeogramV4InstantInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ideogram_v4_instant_input_output_format(value: str) -> IdeogramV4InstantInputOutputFormat:
    if value in IDEOGRAM_V4_INSTANT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_INSTANT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
