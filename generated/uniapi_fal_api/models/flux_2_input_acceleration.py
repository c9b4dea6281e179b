from typing import Literal

Flux2InputAcceleration = Literal["high", "none", "regular"]

FLUX_2_INPUT_ACCELERATION_VALUES: set[Flux2InputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_2_input_acceleration(value: str) -> Flux2InputAcceleration:
    if value in FLUX_2_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_INPUT_ACCELERATION_VALUES!r}"
    )
