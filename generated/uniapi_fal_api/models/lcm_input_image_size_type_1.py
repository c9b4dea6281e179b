from typing import Literal

LcmInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

LCM_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[LcmInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_lcm_input_image_size_type_1(value: str) -> LcmInputImageSizeType1:
    if value in LCM_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LCM_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
