from typing import Literal

FluxKontextDevInputAcceleration = Literal["high", "none", "regular"]

FLUX_KONTEXT_DEV_INPUT_ACCELERATION_VALUES: set[FluxKontextDevInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_kontext_dev_input_acceleration(value: str) -> FluxKontextDevInputAcceleration:
    if value in FLUX_KONTEXT_DEV_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_DEV_INPUT_ACCELERATION_VALUES!r}"
    )
