from typing import Literal

ChronoEditLoraGalleryPaintbrushInputResolution = Literal["480p", "720p"]

CHRONO_EDIT_LORA_GALLERY_PAINTBRUSH_INPUT_RESOLUTION_VALUES: set[
    ChronoEditLoraGalleryPaintbrushInputResolution
] = {
    "480p",
    "720p",
}


def check_chrono_edit_lora_gallery_paintbrush_input_resolution(
    value: str,
) -> ChronoEditLoraGalleryPaintbrushInputResolution:
    if value in CHRONO_EDIT_LORA_GALLERY_PAINTBRUSH_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHRONO_EDIT_LORA_GALLERY_PAINTBRUSH_INPUT_RESOLUTION_VALUES!r}"
    )
