from typing import Literal

FluxKreaLoraInpaintingInputAcceleration = Literal["none", "regular"]

FLUX_KREA_LORA_INPAINTING_INPUT_ACCELERATION_VALUES: set[
    FluxKreaLoraInpaintingInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_krea_lora_inpainting_input_acceleration(
    value: str,
) -> FluxKreaLoraInpaintingInputAcceleration:
    if value in FLUX_KREA_LORA_INPAINTING_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_INPAINTING_INPUT_ACCELERATION_VALUES!r}"
    )
