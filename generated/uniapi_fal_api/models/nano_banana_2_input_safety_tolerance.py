from typing import Literal

NanoBanana2InputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

NANO_BANANA_2_INPUT_SAFETY_TOLERANCE_VALUES: set[NanoBanana2InputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_nano_banana_2_input_safety_tolerance(value: str) -> NanoBanana2InputSafetyTolerance:
    if value in NANO_BANANA_2_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NANO_BANANA_2_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
