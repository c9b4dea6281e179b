from typing import Literal

BooguImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

BOOGU_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[BooguImageInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_boogu_image_input_image_size_type_1(value: str) -> BooguImageInputImageSizeType1:
    if value in BOOGU_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOGU_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
