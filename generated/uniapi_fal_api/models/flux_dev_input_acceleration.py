from typing import Literal

FluxDevInputAcceleration = Literal["high", "none", "regular"]

FLUX_DEV_INPUT_ACCELERATION_VALUES: set[FluxDevInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_dev_input_acceleration(value: str) -> FluxDevInputAcceleration:
    if value in FLUX_DEV_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_INPUT_ACCELERATION_VALUES!r}"
    )
