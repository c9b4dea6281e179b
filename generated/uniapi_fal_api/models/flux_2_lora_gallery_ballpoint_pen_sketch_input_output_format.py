from typing import Literal

Flux2LoraGalleryBallpointPenSketchInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_LORA_GALLERY_BALLPOINT_PEN_SKETCH_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux2LoraGalleryBallpointPenSketchInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_lora_gallery_ballpoint_pen_sketch_input_output_format(
    value: str,
) -> Flux2LoraGalleryBallpointPenSketchInputOutputFormat:
    if value in FLUX_2_LORA_GALLERY_BALLPOINT_PEN_SKETCH_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_LORA_GALLERY_BALLPOINT_PEN_SKETCH_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
