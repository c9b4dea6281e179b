from typing import Literal

ReveFal21RemixInputOutputFormat = Literal["jpeg", "png", "webp"]

REVE_FAL_21_REMIX_INPUT_OUTPUT_FORMAT_VALUES: set[ReveFal21RemixInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_reve_fal_21_remix_input_output_format(value: str) -> ReveFal21RemixInputOutputFormat:
    if value in REVE_FAL_21_REMIX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVE_FAL_21_REMIX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
