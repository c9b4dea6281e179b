from typing import Literal

Krea2TurboInputAcceleration = Literal["none", "regular"]

KREA_2_TURBO_INPUT_ACCELERATION_VALUES: set[Krea2TurboInputAcceleration] = {
    "none",
    "regular",
}


def check_krea_2_turbo_input_acceleration(value: str) -> Krea2TurboInputAcceleration:
    if value in KREA_2_TURBO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TURBO_INPUT_ACCELERATION_VALUES!r}"
    )
