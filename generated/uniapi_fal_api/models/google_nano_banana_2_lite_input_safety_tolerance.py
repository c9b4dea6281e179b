from typing import Literal

GoogleNanoBanana2LiteInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GOOGLE_NANO_BANANA_2_LITE_INPUT_SAFETY_TOLERANCE_VALUES: set[
    GoogleNanoBanana2LiteInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_google_nano_banana_2_lite_input_safety_tolerance(
    value: str,
) -> GoogleNanoBanana2LiteInputSafetyTolerance:
    if value in GOOGLE_NANO_BANANA_2_LITE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_NANO_BANANA_2_LITE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
