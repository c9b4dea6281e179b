from typing import Literal

GoogleNanoBananaLiteEditInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_SAFETY_TOLERANCE_VALUES: set[
    GoogleNanoBananaLiteEditInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_google_nano_banana_lite_edit_input_safety_tolerance(
    value: str,
) -> GoogleNanoBananaLiteEditInputSafetyTolerance:
    if value in GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_LITE_EDIT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
