from typing import Literal

Flux2LoraGalleryDigitalComicArtInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_DIGITAL_COMIC_ART_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryDigitalComicArtInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_digital_comic_art_input_output_format(
    value: str,
) -> Flux2LoraGalleryDigitalComicArtInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_DIGITAL_COMIC_ART_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_DIGITAL_COMIC_ART_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
