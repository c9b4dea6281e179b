from typing import Literal

ChronoEditLoraGalleryUpscalerInputOutputFormat = Literal["jpeg", "png", "webp"]

CHRONO_EDIT_LORA_GALLERY_UPSCALER_INPUT_OUTPUT_FORMAT_VALUES: set[
    ChronoEditLoraGalleryUpscalerInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_chrono_edit_lora_gallery_upscaler_input_output_format(
    value: str,
) -> ChronoEditLoraGalleryUpscalerInputOutputFormat:
    if value in CHRONO_EDIT_LORA_GALLERY_UPSCALER_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHRONO_EDIT_LORA_GALLERY_UPSCALER_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
