from typing import Literal

GoogleNanoBananaLiteInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GOOGLE_NANO_BANANA_LITE_INPUT_SAFETY_TOLERANCE_VALUES: set[
    GoogleNanoBananaLiteInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_google_nano_banana_lite_input_safety_tolerance(
    value: str,
) -> GoogleNanoBananaLiteInputSafetyTolerance:
    if value in GOOGLE_NANO_BANANA_LITE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_LITE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
