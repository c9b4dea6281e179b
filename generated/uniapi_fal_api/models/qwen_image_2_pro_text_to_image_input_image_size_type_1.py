from typing import Literal

QwenImage2ProTextToImageInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

QWEN_IMAGE_2_PRO_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    QwenImage2ProTextToImageInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_qwen_image_2_pro_text_to_image_input_image_size_type_1(
    value: str,
) -> QwenImage2ProTextToImageInputImageSizeType1:
    if value in QWEN_IMAGE_2_PRO_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2_PRO_TEXT_TO_IMAGE_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
