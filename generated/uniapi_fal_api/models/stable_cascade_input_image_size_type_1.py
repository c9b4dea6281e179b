from typing import Literal

StableCascadeInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

STABLE_CASCADE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[StableCascadeInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_stable_cascade_input_image_size_type_1(value: str) -> StableCascadeInputImageSizeType1:
    if value in STABLE_CASCADE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_CASCADE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
