from typing import Literal

QwenImageEditPlusLoraGalleryShirtDesignInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_SHIRT_DESIGN_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryShirtDesignInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_shirt_design_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryShirtDesignInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_SHIRT_DESIGN_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_SHIRT_DESIGN_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
