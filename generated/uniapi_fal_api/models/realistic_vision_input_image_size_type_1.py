from typing import Literal

RealisticVisionInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

REALISTIC_VISION_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[RealisticVisionInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_realistic_vision_input_image_size_type_1(
    value: str,
) -> RealisticVisionInputImageSizeType1:
    if value in REALISTIC_VISION_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALISTIC_VISION_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
