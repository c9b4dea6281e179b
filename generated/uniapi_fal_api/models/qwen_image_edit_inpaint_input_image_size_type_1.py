from typing import Literal

QwenImageEditInpaintInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

QWEN_IMAGE_EDIT_INPAINT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    QwenImageEditInpaintInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_qwen_image_edit_inpaint_input_image_size_type_1(
    value: str,
) -> QwenImageEditInpaintInputImageSizeType1:
    if value in QWEN_IMAGE_EDIT_INPAINT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_INPAINT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
