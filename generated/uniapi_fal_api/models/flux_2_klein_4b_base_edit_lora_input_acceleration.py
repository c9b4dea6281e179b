from typing import Literal

Flux2Klein4BBaseEditLoraInputAcceleration = Literal["high", "none", "regular"]

FLUX_2_KLEIN_4B_BASE_EDIT_LORA_INPUT_ACCELERATION_VALUES: set[
    Flux2Klein4BBaseEditLoraInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_flux_2_klein_4b_base_edit_lora_input_acceleration(
    value: str,
) -> Flux2Klein4BBaseEditLoraInputAcceleration:
    if value in FLUX_2_KLEIN_4B_BASE_EDIT_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_4B_BASE_EDIT_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
