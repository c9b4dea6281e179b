from typing import Literal

SmartResizeInputOutputFormat = Literal["jpeg", "png", "webp"]

SMART_RESIZE_INPUT_OUTPUT_FORMAT_VALUES: set[SmartResizeInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_smart_resize_input_output_format(value: str) -> SmartResizeInputOutputFormat:
    if value in SMART_RESIZE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_RESIZE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
