from typing import Literal

QwenImageEditPlusLoraGalleryLightingRestorationInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_LIGHTING_RESTORATION_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryLightingRestorationInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_lighting_restoration_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryLightingRestorationInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_LIGHTING_RESTORATION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_LIGHTING_RESTORATION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
