from typing import Literal

Flux2EditInputAcceleration = Literal["high", "none", "regular"]

FLUX_2_EDIT_INPUT_ACCELERATION_VALUES: set[Flux2EditInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_2_edit_input_acceleration(value: str) -> Flux2EditInputAcceleration:
    if value in FLUX_2_EDIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_EDIT_INPUT_ACCELERATION_VALUES!r}"
    )
