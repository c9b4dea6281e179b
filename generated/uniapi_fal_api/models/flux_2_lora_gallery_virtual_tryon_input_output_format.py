from typing import Literal

Flux2LoraGalleryVirtualTryonInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_VIRTUAL_TRYON_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryVirtualTryonInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_virtual_tryon_input_output_format(
    value: str,
) -> Flux2LoraGalleryVirtualTryonInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_VIRTUAL_TRYON_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_VIRTUAL_TRYON_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
