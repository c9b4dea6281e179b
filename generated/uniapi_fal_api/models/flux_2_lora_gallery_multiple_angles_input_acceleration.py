from typing import Literal

Flux2LoraGalleryMultipleAnglesInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryMultipleAnglesInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_multiple_angles_input_acceleration(
    value: str,
) -> Flux2LoraGalleryMultipleAnglesInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES!r}"
    )
