from typing import Literal

Flux1KreaReduxInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_KREA_REDUX_INPUT_ACCELERATION_VALUES: set[Flux1KreaReduxInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_krea_redux_input_acceleration(value: str) -> Flux1KreaReduxInputAcceleration:
    if value in FLUX_1_KREA_REDUX_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_KREA_REDUX_INPUT_ACCELERATION_VALUES!r}"
    )
