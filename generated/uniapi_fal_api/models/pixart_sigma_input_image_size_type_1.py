from typing import Literal

PixartSigmaInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

PIXART_SIGMA_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[PixartSigmaInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_pixart_sigma_input_image_size_type_1(value: str) -> PixartSigmaInputImageSizeType1:
    if value in PIXART_SIGMA_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXART_SIGMA_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
