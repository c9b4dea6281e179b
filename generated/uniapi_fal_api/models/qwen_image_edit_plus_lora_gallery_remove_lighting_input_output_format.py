from typing import Literal

QwenImageEditPlusLoraGalleryRemoveLightingInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_LIGHTING_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryRemoveLightingInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_remove_lighting_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryRemoveLightingInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_LIGHTING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_LIGHTING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
