from typing import Literal

OvisImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

OVIS_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[OvisImageInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ovis_image_input_image_size_type_1(value: str) -> OvisImageInputImageSizeType1:
    if value in OVIS_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVIS_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
