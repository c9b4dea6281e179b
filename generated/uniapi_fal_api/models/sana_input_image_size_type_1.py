from typing import Literal

SanaInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

SANA_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[SanaInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_sana_input_image_size_type_1(value: str) -> SanaInputImageSizeType1:
    if value in SANA_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SANA_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
