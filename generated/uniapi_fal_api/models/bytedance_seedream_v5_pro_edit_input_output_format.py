from typing import Literal

BytedanceSeedreamV5ProEditInputOutputFormat = Literal["jpeg", "png"]

BYTEDANCE_SEEDREAM_V5_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    BytedanceSeedreamV5ProEditInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_bytedance_seedream_v5_pro_edit_input_output_format(
    value: str,
) -> BytedanceSeedreamV5ProEditInputOutputFormat:
    if value in BYTEDANCE_SEEDREAM_V5_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V5_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
