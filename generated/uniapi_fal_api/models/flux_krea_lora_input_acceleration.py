from typing import Literal

FluxKreaLoraInputAcceleration = Literal["none", "regular"]

FLUX_KREA_LORA_INPUT_ACCELERATION_VALUES: set[FluxKreaLoraInputAcceleration] = {
    "none",
    "regular",
}


def check_flux_krea_lora_input_acceleration(value: str) -> FluxKreaLoraInputAcceleration:
    if value in FLUX_KREA_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
