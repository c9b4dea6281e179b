from typing import Literal

FluxSchnellInputAcceleration = Literal["high", "none", "regular"]

FLUX_SCHNELL_INPUT_ACCELERATION_VALUES: set[FluxSchnellInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_schnell_input_acceleration(value: str) -> FluxSchnellInputAcceleration:
    if value in FLUX_SCHNELL_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SCHNELL_INPUT_ACCELERATION_VALUES!r}"
    )
