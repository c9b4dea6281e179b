from typing import Literal

Flux2LoraGalleryApartmentStagingInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_APARTMENT_STAGING_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryApartmentStagingInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_apartment_staging_input_acceleration(
    value: str,
) -> Flux2LoraGalleryApartmentStagingInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_APARTMENT_STAGING_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_APARTMENT_STAGING_INPUT_ACCELERATION_VALUES!r}"
    )
