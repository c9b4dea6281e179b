from typing import Literal

BitdanceInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

BITDANCE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[BitdanceInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_bitdance_input_image_size_type_1(value: str) -> BitdanceInputImageSizeType1:
    if value in BITDANCE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BITDANCE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
