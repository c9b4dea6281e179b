from typing import Literal

PixelcutProductPhotoInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

PIXELCUT_PRODUCT_PHOTO_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    PixelcutProductPhotoInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_pixelcut_product_photo_input_image_size_type_1(
    value: str,
) -> PixelcutProductPhotoInputImageSizeType1:
    if value in PIXELCUT_PRODUCT_PHOTO_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXELCUT_PRODUCT_PHOTO_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
