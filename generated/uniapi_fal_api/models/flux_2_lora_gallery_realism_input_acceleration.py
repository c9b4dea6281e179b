from typing import Literal

Flux2LoraGalleryRealismInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_REALISM_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryRealismInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_realism_input_acceleration(
    value: str,
) -> Flux2LoraGalleryRealismInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_REALISM_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_REALISM_INPUT_ACCELERATION_VALUES!r}"
    )
