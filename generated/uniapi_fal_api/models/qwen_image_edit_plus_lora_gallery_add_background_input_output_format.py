from typing import Literal

QwenImageEditPlusLoraGalleryAddBackgroundInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryAddBackgroundInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_add_background_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryAddBackgroundInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
