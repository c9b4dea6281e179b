from typing import Literal

Krea2TurboStyleInputAcceleration = Literal["none", "regular"]

KREA_2_TURBO_STYLE_INPUT_ACCELERATION_VALUES: set[Krea2TurboStyleInputAcceleration] = {
    "none",
    "regular",
}


def check_krea_2_turbo_style_input_acceleration(value: str) -> Krea2TurboStyleInputAcceleration:
    if value in KREA_2_TURBO_STYLE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_TURBO_STYLE_INPUT_ACCELERATION_VALUES!r}"
    )
