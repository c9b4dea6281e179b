from typing import Literal

FluxDevReduxInputAcceleration = Literal["high", "none", "regular"]

FLUX_DEV_REDUX_INPUT_ACCELERATION_VALUES: set[FluxDevReduxInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_dev_redux_input_acceleration(value: str) -> FluxDevReduxInputAcceleration:
    if value in FLUX_DEV_REDUX_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_REDUX_INPUT_ACCELERATION_VALUES!r}"
    )
