from typing import Literal

HyWuEditInputImageSizeType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

HY_WU_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[HyWuEditInputImageSizeType1] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_hy_wu_edit_input_image_size_type_1(value: str) -> HyWuEditInputImageSizeType1:
    if value in HY_WU_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HY_WU_EDIT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
