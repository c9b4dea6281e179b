from typing import Literal

Flux2LoraGallerySepiaVintageInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_SEPIA_VINTAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGallerySepiaVintageInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_sepia_vintage_input_output_format(
    value: str,
) -> Flux2LoraGallerySepiaVintageInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_SEPIA_VINTAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_SEPIA_VINTAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
