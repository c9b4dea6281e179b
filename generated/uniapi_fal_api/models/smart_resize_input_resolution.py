from typing import Literal

SmartResizeInputResolution = Literal["1K", "2K", "4K"]

SMART_RESIZE_INPUT_RESOLUTION_VALUES: set[SmartResizeInputResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_smart_resize_input_resolution(value: str) -> SmartResizeInputResolution:
    if value in SMART_RESIZE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_RESIZE_INPUT_RESOLUTION_VALUES!r}"
    )
