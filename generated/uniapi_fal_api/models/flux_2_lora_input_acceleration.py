from typing import Literal

Flux2LoraInputAcceleration = Literal["high", "none", "regular"]

FLUX_2_LORA_INPUT_ACCELERATION_VALUES: set[Flux2LoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_2_lora_input_acceleration(value: str) -> Flux2LoraInputAcceleration:
    if value in FLUX_2_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
