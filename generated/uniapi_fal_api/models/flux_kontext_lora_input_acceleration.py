from typing import Literal

FluxKontextLoraInputAcceleration = Literal["high", "none", "regular"]

FLUX_KONTEXT_LORA_INPUT_ACCELERATION_VALUES: set[FluxKontextLoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_kontext_lora_input_acceleration(value: str) -> FluxKontextLoraInputAcceleration:
    if value in FLUX_KONTEXT_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
