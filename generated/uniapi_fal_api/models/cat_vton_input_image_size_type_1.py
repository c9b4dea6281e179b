from typing import Literal

CatVtonInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

CAT_VTON_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[CatVtonInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_cat_vton_input_image_size_type_1(value: str) -> CatVtonInputImageSizeType1:
    if value in CAT_VTON_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAT_VTON_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
