from typing import Literal

PonyV7InputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

PONY_V7_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[PonyV7InputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_pony_v7_input_image_size_type_1(value: str) -> PonyV7InputImageSizeType1:
    if value in PONY_V7_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PONY_V7_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
