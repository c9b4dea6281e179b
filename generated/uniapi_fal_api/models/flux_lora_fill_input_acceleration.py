from typing import Literal

FluxLoraFillInputAcceleration = Literal["none", "regular"]

FLUX_LORA_FILL_INPUT_ACCELERATION_VALUES: set[FluxLoraFillInputAcceleration] = {
    "none",
    "regular",
}


def check_flux_lora_fill_input_acceleration(value: str) -> FluxLoraFillInputAcceleration:
    if value in FLUX_LORA_FILL_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_FILL_INPUT_ACCELERATION_VALUES!r}"
    )
