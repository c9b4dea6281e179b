from typing import Literal

InfinitalkSingleTextInputAcceleration = Literal["high", "none", "regular"]

INFINITALK_SINGLE_TEXT_INPUT_ACCELERATION_VALUES: set[InfinitalkSingleTextInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_infinitalk_single_text_input_acceleration(
    value: str,
) -> InfinitalkSingleTextInputAcceleration:
    if value in INFINITALK_SINGLE_TEXT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_SINGLE_TEXT_INPUT_ACCELERATION_VALUES!r}"
    )
