from typing import Literal

SmartResizeInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

SMART_RESIZE_INPUT_SAFETY_TOLERANCE_VALUES: set[SmartResizeInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_smart_resize_input_safety_tolerance(value: str) -> SmartResizeInputSafetyTolerance:
    if value in SMART_RESIZE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMART_RESIZE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
