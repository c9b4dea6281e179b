from typing import Literal

ErnieImageLoraTurboInputImageSizeType1 = Literal[
    "landscape_16_9",
    "landscape_3_2",
    "landscape_4_3",
    "landscape_hd",
    "portrait_16_9",
    "portrait_3_2",
    "portrait_4_3",
    "portrait_hd",
    "square",
    "square_hd",
    "square_uhd",
]

ERNIE_IMAGE_LORA_TURBO_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    ErnieImageLoraTurboInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_3_2",
    "landscape_4_3",
    "landscape_hd",
    "portrait_16_9",
    "portrait_3_2",
    "portrait_4_3",
    "portrait_hd",
    "square",
    "square_hd",
    "square_uhd",
}


def check_ernie_image_lora_turbo_input_image_size_type_1(
    value: str,
) -> ErnieImageLoraTurboInputImageSizeType1:
    if value in ERNIE_IMAGE_LORA_TURBO_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_LORA_TURBO_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
