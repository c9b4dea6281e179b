from typing import Literal

BytedanceDreaminaV31TextToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

BYTEDANCE_DREAMINA_V31_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    BytedanceDreaminaV31TextToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_bytedance_dreamina_v31_text_to_image_input_image_size_type_1(
    value: str,
) -> BytedanceDreaminaV31TextToImageInputImageSizeType1:
    if value in BYTEDANCE_DREAMINA_V31_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_DREAMINA_V31_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
