from typing import Literal

SanaSprintInputOutputFormat = Literal["jpeg", "png"]

SANA_SPRINT_INPUT_OUTPUT_FORMAT_VALUES: set[SanaSprintInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_sana_sprint_input_output_format(value: str) -> SanaSprintInputOutputFormat:
    if value in SANA_SPRINT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_SPRINT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
