from typing import Literal

QwenImageEdit2509LoraGalleryIntegrateProductInputImageSizeType1 = Literal[
    "landscape_16_9", "landscape_4_3", "portrait_16_9", "portrait_4_3", "square", "square_hd"
]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_IMAGE_SIZE_TYPE_1_VALUES: set[
    QwenImageEdit2509LoraGalleryIntegrateProductInputImageSizeType1
] = {
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_qwen_image_edit_2509_lora_gallery_integrate_product_input_image_size_type_1(
    value: str,
) -> QwenImageEdit2509LoraGalleryIntegrateProductInputImageSizeType1:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_IMAGE_SIZE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_IMAGE_SIZE_TYPE_1_VALUES!r}"
    )
