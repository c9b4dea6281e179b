from typing import Literal

WanV27EditInputOutputFormat = Literal["jpeg", "png", "webp"]

WAN_V27_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[WanV27EditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_wan_v27_edit_input_output_format(value: str) -> WanV27EditInputOutputFormat:
    if value in WAN_V27_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
