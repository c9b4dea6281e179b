from typing import Literal

Recraft20BInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

RECRAFT_20B_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[Recraft20BInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_recraft_20b_input_image_size_type_1(value: str) -> Recraft20BInputImageSizeType1:
    if value in RECRAFT_20B_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECRAFT_20B_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
