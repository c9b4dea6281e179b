from typing import Literal

ReveFal21EditInputOutputFormat = Literal["jpeg", "png", "webp"]

REVE_FAL_21_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[ReveFal21EditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_reve_fal_21_edit_input_output_format(value: str) -> ReveFal21EditInputOutputFormat:
    if value in REVE_FAL_21_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVE_FAL_21_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
