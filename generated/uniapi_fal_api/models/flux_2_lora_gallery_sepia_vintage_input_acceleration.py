from typing import Literal

Flux2LoraGallerySepiaVintageInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_SEPIA_VINTAGE_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGallerySepiaVintageInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_sepia_vintage_input_acceleration(
    value: str,
) -> Flux2LoraGallerySepiaVintageInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_SEPIA_VINTAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_SEPIA_VINTAGE_INPUT_ACCELERATION_VALUES!r}"
    )
