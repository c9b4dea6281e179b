from typing import Literal

Flux2LoraGallerySatelliteViewStyleInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_SATELLITE_VIEW_STYLE_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGallerySatelliteViewStyleInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_satellite_view_style_input_acceleration(
    value: str,
) -> Flux2LoraGallerySatelliteViewStyleInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_SATELLITE_VIEW_STYLE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_SATELLITE_VIEW_STYLE_INPUT_ACCELERATION_VALUES!r}"
    )
