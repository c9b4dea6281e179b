from typing import Literal

QwenImageEditPlusLoraGalleryRemoveElementInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_ELEMENT_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryRemoveElementInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_remove_element_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryRemoveElementInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_ELEMENT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_ELEMENT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
