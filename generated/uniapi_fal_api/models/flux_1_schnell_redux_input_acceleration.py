from typing import Literal

Flux1SchnellReduxInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_SCHNELL_REDUX_INPUT_ACCELERATION_VALUES: set[Flux1SchnellReduxInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_schnell_redux_input_acceleration(value: str) -> Flux1SchnellReduxInputAcceleration:
    if value in FLUX_1_SCHNELL_REDUX_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SCHNELL_REDUX_INPUT_ACCELERATION_VALUES!r}"
    )
