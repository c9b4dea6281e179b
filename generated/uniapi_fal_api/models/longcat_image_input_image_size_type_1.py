from typing import Literal

LongcatImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

LONGCAT_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[LongcatImageInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_longcat_image_input_image_size_type_1(value: str) -> LongcatImageInputImageSizeType1:
    if value in LONGCAT_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
