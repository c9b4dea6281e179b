from typing import Literal

PulidInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

PULID_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[PulidInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_pulid_input_image_size_type_1(value: str) -> PulidInputImageSizeType1:
    if value in PULID_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PULID_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
