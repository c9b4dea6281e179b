from typing import Literal

DreamoInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

DREAMO_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[DreamoInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_dreamo_input_image_size_type_1(value: str) -> DreamoInputImageSizeType1:
    if value in DREAMO_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DREAMO_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
