from typing import Literal

OmnigenV1InputOutputFormat = Literal["jpeg", "png"]

OMNIGEN_V1_INPUT_OUTPUT_FORMAT_VALUES: set[OmnigenV1InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_omnigen_v1_input_output_format(value: str) -> OmnigenV1InputOutputFormat:
    if value in OMNIGEN_V1_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNIGEN_V1_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
