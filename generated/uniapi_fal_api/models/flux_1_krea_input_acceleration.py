from typing import Literal

Flux1KreaInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_KREA_INPUT_ACCELERATION_VALUES: set[Flux1KreaInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_krea_input_acceleration(value: str) -> Flux1KreaInputAcceleration:
    if value in FLUX_1_KREA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_KREA_INPUT_ACCELERATION_VALUES!r}"
    )
