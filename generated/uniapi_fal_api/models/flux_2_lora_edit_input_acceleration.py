from typing import Literal

Flux2LoraEditInputAcceleration = Literal["high", "none", "regular"]

FLUX_2_LORA_EDIT_INPUT_ACCELERATION_VALUES: set[Flux2LoraEditInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_2_lora_edit_input_acceleration(value: str) -> Flux2LoraEditInputAcceleration:
    if value in FLUX_2_LORA_EDIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_EDIT_INPUT_ACCELERATION_VALUES!r}"
    )
