from typing import Literal

Flux2LoraGalleryVirtualTryonInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_VIRTUAL_TRYON_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryVirtualTryonInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_virtual_tryon_input_acceleration(
    value: str,
) -> Flux2LoraGalleryVirtualTryonInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_VIRTUAL_TRYON_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_VIRTUAL_TRYON_INPUT_ACCELERATION_VALUES!r}"
    )
