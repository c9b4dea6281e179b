from typing import Literal

PixelcutProductPhotoInputOutputFormat = Literal["jpeg", "png"]

PIXELCUT_PRODUCT_PHOTO_INPUT_OUTPUT_FORMAT_VALUES: set[PixelcutProductPhotoInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_pixelcut_product_photo_input_output_format(
    value: str,
) -> PixelcutProductPhotoInputOutputFormat:
    if value in PIXELCUT_PRODUCT_PHOTO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXELCUT_PRODUCT_PHOTO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
