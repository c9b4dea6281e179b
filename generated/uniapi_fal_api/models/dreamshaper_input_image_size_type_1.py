from typing import Literal

DreamshaperInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

DREAMSHAPER_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[DreamshaperInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_dreamshaper_input_image_size_type_1(value: str) -> DreamshaperInputImageSizeType1:
    if value in DREAMSHAPER_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DREAMSHAPER_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
