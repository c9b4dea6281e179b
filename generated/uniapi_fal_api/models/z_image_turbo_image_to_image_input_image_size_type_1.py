from typing import Literal

ZImageTurboImageToImageInputImageSizeType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    ZImageTurboImageToImageInputImageSizeType1
] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_z_image_turbo_image_to_image_input_image_size_type_1(
    value: str,
) -> ZImageTurboImageToImageInputImageSizeType1:
    if value in Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
