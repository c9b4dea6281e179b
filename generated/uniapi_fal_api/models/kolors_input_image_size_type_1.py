from typing import Literal

KolorsInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

KOLORS_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[KolorsInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_kolors_input_image_size_type_1(value: str) -> KolorsInputImageSizeType1:
    if value in KOLORS_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOLORS_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
