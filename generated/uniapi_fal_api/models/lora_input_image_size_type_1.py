from typing import Literal

LoraInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

LORA_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[LoraInputImageSizeType1] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_lora_input_image_size_type_1(value: str) -> LoraInputImageSizeType1:
    if value in LORA_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LORA_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
