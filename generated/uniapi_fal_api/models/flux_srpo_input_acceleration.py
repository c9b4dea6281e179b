from typing import Literal

FluxSrpoInputAcceleration = Literal["high", "none", "regular"]

FLUX_SRPO_INPUT_ACCELERATION_VALUES: set[FluxSrpoInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_srpo_input_acceleration(value: str) -> FluxSrpoInputAcceleration:
    if value in FLUX_SRPO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SRPO_INPUT_ACCELERATION_VALUES!r}"
    )
