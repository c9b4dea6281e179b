from typing import Literal

Flux2LoraGalleryApartmentStagingInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_APARTMENT_STAGING_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryApartmentStagingInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_apartment_staging_input_output_format(
    value: str,
) -> Flux2LoraGalleryApartmentStagingInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_APARTMENT_STAGING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_APARTMENT_STAGING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
