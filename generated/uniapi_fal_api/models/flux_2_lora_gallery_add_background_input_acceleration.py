from typing import Literal

Flux2LoraGalleryAddBackgroundInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_ADD_BACKGROUND_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryAddBackgroundInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_add_background_input_acceleration(
    value: str,
) -> Flux2LoraGalleryAddBackgroundInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_ADD_BACKGROUND_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_ADD_BACKGROUND_INPUT_ACCELERATION_VALUES!r}"
    )
