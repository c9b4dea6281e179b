from typing import Literal

Flux2LoraGalleryFaceToFullPortraitInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryFaceToFullPortraitInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_face_to_full_portrait_input_output_format(
    value: str,
) -> Flux2LoraGalleryFaceToFullPortraitInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
