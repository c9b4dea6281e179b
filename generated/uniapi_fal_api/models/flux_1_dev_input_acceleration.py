from typing import Literal

Flux1DevInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_DEV_INPUT_ACCELERATION_VALUES: set[Flux1DevInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_dev_input_acceleration(value: str) -> Flux1DevInputAcceleration:
    if value in FLUX_1_DEV_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_DEV_INPUT_ACCELERATION_VALUES!r}"
    )
