from typing import Literal

Flux2LoraGalleryMultipleAnglesInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryMultipleAnglesInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_multiple_angles_input_output_format(
    value: str,
) -> Flux2LoraGalleryMultipleAnglesInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
