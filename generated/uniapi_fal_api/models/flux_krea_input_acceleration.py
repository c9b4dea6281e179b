from typing import Literal

FluxKreaInputAcceleration = Literal["high", "none", "regular"]

FLUX_KREA_INPUT_ACCELERATION_VALUES: set[FluxKreaInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_krea_input_acceleration(value: str) -> FluxKreaInputAcceleration:
    if value in FLUX_KREA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_INPUT_ACCELERATION_VALUES!r}"
    )
