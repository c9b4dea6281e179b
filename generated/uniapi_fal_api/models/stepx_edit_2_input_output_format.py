from typing import Literal

StepxEdit2InputOutputFormat = Literal["jpeg", "png"]

STEPX_EDIT_2_INPUT_OUTPUT_FORMAT_VALUES: set[StepxEdit2InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_stepx_edit_2_input_output_format(value: str) -> StepxEdit2InputOutputFormat:
    if value in STEPX_EDIT_2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STEPX_EDIT_2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
