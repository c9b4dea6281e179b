from typing import Literal

FluxKreaLoraImageToImageInputAcceleration = Literal["none", "regular"]

FLUX_KREA_LORA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    FluxKreaLoraImageToImageInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_krea_lora_image_to_image_input_acceleration(
    value: str,
) -> FluxKreaLoraImageToImageInputAcceleration:
    if value in FLUX_KREA_LORA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_LORA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
