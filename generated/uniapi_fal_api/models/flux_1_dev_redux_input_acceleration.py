from typing import Literal

Flux1DevReduxInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_DEV_REDUX_INPUT_ACCELERATION_VALUES: set[Flux1DevReduxInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_dev_redux_input_acceleration(value: str) -> Flux1DevReduxInputAcceleration:
    if value in FLUX_1_DEV_REDUX_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_DEV_REDUX_INPUT_ACCELERATION_VALUES!r}"
    )
