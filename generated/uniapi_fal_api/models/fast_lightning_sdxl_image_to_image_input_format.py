from typing import Literal

FastLightningSdxlImageToImageInputFormat = Literal["jpeg", "png"]

FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES: set[
    FastLightningSdxlImageToImageInputFormat
] = {
    "jpeg",
    "png",
}


def check_fast_lightning_sdxl_image_to_image_input_format(
    value: str,
) -> FastLightningSdxlImageToImageInputFormat:
    if value in FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_LIGHTNING_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES!r}"
    )
