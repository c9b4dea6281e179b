from typing import Literal

Cogview4InputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

COGVIEW_4_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[Cogview4InputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_cogview_4_input_image_size_type_1(value: str) -> Cogview4InputImageSizeType1:
    if value in COGVIEW_4_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COGVIEW_4_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
