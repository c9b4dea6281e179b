from typing import Literal

HyWuEditInputOutputFormat = Literal["jpeg", "png"]

HY_WU_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[HyWuEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_hy_wu_edit_input_output_format(value: str) -> HyWuEditInputOutputFormat:
    if value in HY_WU_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HY_WU_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
