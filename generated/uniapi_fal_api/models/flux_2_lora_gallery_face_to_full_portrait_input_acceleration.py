from typing import Literal

Flux2LoraGalleryFaceToFullPortraitInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryFaceToFullPortraitInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_face_to_full_portrait_input_acceleration(
    value: str,
) -> Flux2LoraGalleryFaceToFullPortraitInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES!r}"
    )
