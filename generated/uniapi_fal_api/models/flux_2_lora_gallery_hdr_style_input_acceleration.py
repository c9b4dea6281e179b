from typing import Literal

Flux2LoraGalleryHdrStyleInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_HDR_STYLE_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryHdrStyleInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_hdr_style_input_acceleration(
    value: str,
) -> Flux2LoraGalleryHdrStyleInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_HDR_STYLE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_HDR_STYLE_INPUT_ACCELERATION_VALUES!r}"
    )
