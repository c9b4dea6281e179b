from typing import Literal

QwenImageEditPlusLoraGalleryMultipleAnglesInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    QwenImageEditPlusLoraGalleryMultipleAnglesInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_qwen_image_edit_plus_lora_gallery_multiple_angles_input_image_size_type_1(
    value: str,
) -> QwenImageEditPlusLoraGalleryMultipleAnglesInputImageSizeType1:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
