from typing import Literal

JanusInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

JANUS_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[JanusInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_janus_input_image_size_type_1(value: str) -> JanusInputImageSizeType1:
    if value in JANUS_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JANUS_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
