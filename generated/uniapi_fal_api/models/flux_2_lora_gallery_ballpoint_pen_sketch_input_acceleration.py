from typing import Literal

Flux2LoraGalleryBallpointPenSketchInputAcceleration = Literal["none", "regular"]

FLUX_2_LORA_GALLERY_BALLPOINT_PEN_SKETCH_INPUT_ACCELERATION_VALUES: set[
    Flux2LoraGalleryBallpointPenSketchInputAcceleration
] = {
    "none",
    "regular",
}


def check_flux_2_lora_gallery_ballpoint_pen_sketch_input_acceleration(
    value: str,
) -> Flux2LoraGalleryBallpointPenSketchInputAcceleration:
    if value in FLUX_2_LORA_GALLERY_BALLPOINT_PEN_SKETCH_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_BALLPOINT_PEN_SKETCH_INPUT_ACCELERATION_VALUES!r}"
    )
