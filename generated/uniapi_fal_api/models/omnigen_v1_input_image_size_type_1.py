from typing import Literal

OmnigenV1InputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

OMNIGEN_V1_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[OmnigenV1InputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_omnigen_v1_input_image_size_type_1(value: str) -> OmnigenV1InputImageSizeType1:
    if value in OMNIGEN_V1_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNIGEN_V1_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
