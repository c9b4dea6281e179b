from typing import Literal

FluxSchnellReduxInputAcceleration = Literal["high", "none", "regular"]

FLUX_SCHNELL_REDUX_INPUT_ACCELERATION_VALUES: set[FluxSchnellReduxInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_schnell_redux_input_acceleration(value: str) -> FluxSchnellReduxInputAcceleration:
    if value in FLUX_SCHNELL_REDUX_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SCHNELL_REDUX_INPUT_ACCELERATION_VALUES!r}"
    )
