from typing import Literal

Flux2Klein9BBaseEditInputAcceleration = Literal["high", "none", "regular"]

FLUX_2_KLEIN_9B_BASE_EDIT_INPUT_ACCELERATION_VALUES: set[Flux2Klein9BBaseEditInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_2_klein_9b_base_edit_input_acceleration(
    value: str,
) -> Flux2Klein9BBaseEditInputAcceleration:
    if value in FLUX_2_KLEIN_9B_BASE_EDIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_9B_BASE_EDIT_INPUT_ACCELERATION_VALUES!r}"
    )
