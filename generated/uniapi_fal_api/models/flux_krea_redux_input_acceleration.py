from typing import Literal

FluxKreaReduxInputAcceleration = Literal["high", "none", "regular"]

FLUX_KREA_REDUX_INPUT_ACCELERATION_VALUES: set[FluxKreaReduxInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_krea_redux_input_acceleration(value: str) -> FluxKreaReduxInputAcceleration:
    if value in FLUX_KREA_REDUX_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_REDUX_INPUT_ACCELERATION_VALUES!r}"
    )
