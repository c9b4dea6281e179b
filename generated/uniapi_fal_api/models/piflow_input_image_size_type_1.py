from typing import Literal

PiflowInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

PIFLOW_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[PiflowInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_piflow_input_image_size_type_1(value: str) -> PiflowInputImageSizeType1:
    if value in PIFLOW_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIFLOW_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
