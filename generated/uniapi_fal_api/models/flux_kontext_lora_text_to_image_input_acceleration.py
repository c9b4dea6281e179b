from typing import Literal

FluxKontextLoraTextToImageInputAcceleration = Literal["high", "none", "regular"]

FLUX_KONTEXT_LORA_TEXT_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    FluxKontextLoraTextToImageInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_flux_kontext_lora_text_to_image_input_acceleration(
    value: str,
) -> FluxKontextLoraTextToImageInputAcceleration:
    if value in FLUX_KONTEXT_LORA_TEXT_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_LORA_TEXT_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
