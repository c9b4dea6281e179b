from typing import Literal

Flux2LoraGalleryDigitalComicArtInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_DIGITAL_COMIC_ART_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryDigitalComicArtInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_digital_comic_art_input_acceleration(
    value: str,
) -> Flux2LoraGalleryDigitalComicArtInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_DIGITAL_COMIC_ART_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_DIGITAL_COMIC_ART_INPUT_ACCELERATION_VALUES!r}"
    )
