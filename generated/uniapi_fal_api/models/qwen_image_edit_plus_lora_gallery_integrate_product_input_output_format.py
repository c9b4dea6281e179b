from typing import Literal

QwenImageEditPlusLoraGalleryIntegrateProductInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryIntegrateProductInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_integrate_product_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryIntegrateProductInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
