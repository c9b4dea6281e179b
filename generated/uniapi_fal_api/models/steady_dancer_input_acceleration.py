from typing import Literal

SteadyDancerInputAcceleration = Literal["aggressive", "light", "moderate"]

STEADY_DANCER_INPUT_ACCELERATION_VALUES: set[SteadyDancerInputAcceleration] = {
    "aggressive",
    "light",
    "moderate",
}


def check_steady_dancer_input_acceleration(value: str) -> SteadyDancerInputAcceleration:
    if value in STEADY_DANCER_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STEADY_DANCER_INPUT_ACCELERATION_VALUES!r}"
    )
