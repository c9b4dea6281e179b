from typing import Literal

InfinitalkInputAcceleration = Literal["high", "none", "regular"]

INFINITALK_INPUT_ACCELERATION_VALUES: set[InfinitalkInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_infinitalk_input_acceleration(value: str) -> InfinitalkInputAcceleration:
    if value in INFINITALK_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INFINITALK_INPUT_ACCELERATION_VALUES!r}"
    )
