from typing import Literal

HunyuanMotionFastInputOutputFormat = Literal["dict", "fbx"]

HUNYUAN_MOTION_FAST_INPUT_OUTPUT_FORMAT_VALUES: set[HunyuanMotionFastInputOutputFormat] = {
    "dict",
    "fbx",
}


def check_hunyuan_motion_fast_input_output_format(value: str) -> HunyuanMotionFastInputOutputFormat:
    if value in HUNYUAN_MOTION_FAST_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_MOTION_FAST_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
