from typing import Literal

QwenImageEdit2509LoraGalleryRemoveElementInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_REMOVE_ELEMENT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    QwenImageEdit2509LoraGalleryRemoveElementInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_qwen_image_edit_2509_lora_gallery_remove_element_input_image_size_type_1(
    value: str,
) -> QwenImageEdit2509LoraGalleryRemoveElementInputImageSizeType1:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_REMOVE_ELEMENT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_REMOVE_ELEMENT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
