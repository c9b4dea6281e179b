from typing import Literal

FastSdxlImageToImageInputFormat = Literal["jpeg", "png"]

FAST_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES: set[FastSdxlImageToImageInputFormat] = {
    "jpeg",
    "png",
}


def check_fast_sdxl_image_to_image_input_format(value: str) -> FastSdxlImageToImageInputFormat:
    if value in FAST_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAST_SDXL_IMAGE_TO_IMAGE_INPUT_FORMAT_VALUES!r}"
    )
