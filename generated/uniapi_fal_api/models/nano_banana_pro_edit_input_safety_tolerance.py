from typing import Literal

NanoBananaProEditInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

NANO_BANANA_PRO_EDIT_INPUT_SAFETY_TOLERANCE_VALUES: set[NanoBananaProEditInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_nano_banana_pro_edit_input_safety_tolerance(
    value: str,
) -> NanoBananaProEditInputSafetyTolerance:
    if value in NANO_BANANA_PRO_EDIT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_PRO_EDIT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
