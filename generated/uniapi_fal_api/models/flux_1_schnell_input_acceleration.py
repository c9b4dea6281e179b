from typing import Literal

Flux1SchnellInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_SCHNELL_INPUT_ACCELERATION_VALUES: set[Flux1SchnellInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_schnell_input_acceleration(value: str) -> Flux1SchnellInputAcceleration:
    if value in FLUX_1_SCHNELL_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SCHNELL_INPUT_ACCELERATION_VALUES!r}"
    )
