from typing import Literal

FLiteStandardInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

F_LITE_STANDARD_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[FLiteStandardInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_f_lite_standard_input_image_size_type_1(value: str) -> FLiteStandardInputImageSizeType1:
    if value in F_LITE_STANDARD_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {F_LITE_STANDARD_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
