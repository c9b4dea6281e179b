from typing import Literal

UnoInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

UNO_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[UnoInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_uno_input_image_size_type_1(value: str) -> UnoInputImageSizeType1:
    if value in UNO_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNO_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
