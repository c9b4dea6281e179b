from typing import Literal

QwenImageEditPlusLoraGalleryMultipleAnglesInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryMultipleAnglesInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_multiple_angles_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryMultipleAnglesInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
