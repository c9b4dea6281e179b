from typing import Literal

HunyuanMotionInputOutputFormat = Literal["dict", "fbx"]

HUNYUAN_MOTION_INPUT_OUTPUT_FORMAT_VALUES: set[HunyuanMotionInputOutputFormat] = {
    "dict",
    "fbx",
}


def check_hunyuan_motion_input_output_format(value: str) -> HunyuanMotionInputOutputFormat:
    if value in HUNYUAN_MOTION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_MOTION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
