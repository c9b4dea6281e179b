from typing import Literal

Flux2LoraGalleryRealismInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_REALISM_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryRealismInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_realism_input_output_format(
    value: str,
) -> Flux2LoraGalleryRealismInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_REALISM_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_REALISM_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
