from typing import Literal

IdeogramV4InputOutputFormat = Literal["jpeg", "png"]

IDEOGRAM_V4_INPUT_OUTPUT_FORMAT_VALUES: set[IdeogramV4InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ideogram_v4_input_output_format(value: str) -> IdeogramV4InputOutputFormat:
    if value in IDEOGRAM_V4_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEOGRAM_V4_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
