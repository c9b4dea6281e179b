from typing import Literal

Flux2LoraGallerySatelliteViewStyleInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_SATELLITE_VIEW_STYLE_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGallerySatelliteViewStyleInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_satellite_view_style_input_output_format(
    value: str,
) -> Flux2LoraGallerySatelliteViewStyleInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_SATELLITE_VIEW_STYLE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_SATELLITE_VIEW_STYLE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
