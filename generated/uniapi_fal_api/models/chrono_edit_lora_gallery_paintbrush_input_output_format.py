from typing import Literal

ChronoEditLoraGalleryPaintbrushInputOutputFormat = Literal["jpeg", "png", "webp"]

CHRONO_EDIT_LORA_GALLERY_PAINTBRUSH_INPUT_OUTPUT_FORMAT_VALUES: set[
    ChronoEditLoraGalleryPaintbrushInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_chrono_edit_lora_gallery_paintbrush_input_output_format(
    value: str,
) -> ChronoEditLoraGalleryPaintbrushInputOutputFormat:
    if value in CHRONO_EDIT_LORA_GALLERY_PAINTBRUSH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHRONO_EDIT_LORA_GALLERY_PAINTBRUSH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
