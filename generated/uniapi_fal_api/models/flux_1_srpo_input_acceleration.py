from typing import Literal

Flux1SrpoInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_SRPO_INPUT_ACCELERATION_VALUES: set[Flux1SrpoInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_srpo_input_acceleration(value: str) -> Flux1SrpoInputAcceleration:
    if value in FLUX_1_SRPO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SRPO_INPUT_ACCELERATION_VALUES!r}"
    )
