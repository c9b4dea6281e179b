from typing import Literal

WanV27ProEditInputOutputFormat = Literal["jpeg", "png", "webp"]

WAN_V27_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[WanV27ProEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_wan_v27_pro_edit_input_output_format(value: str) -> WanV27ProEditInputOutputFormat:
    if value in WAN_V27_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_V27_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
