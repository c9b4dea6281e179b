from typing import Literal

Flux2LoraGalleryAddBackgroundInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryAddBackgroundInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_add_background_input_output_format(
    value: str,
) -> Flux2LoraGalleryAddBackgroundInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
