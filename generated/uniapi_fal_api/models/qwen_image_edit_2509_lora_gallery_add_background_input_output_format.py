from typing import Literal

QwenImageEdit2509LoraGalleryAddBackgroundInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEdit2509LoraGalleryAddBackgroundInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_2509_lora_gallery_add_background_input_output_format(
    value: str,
) -> QwenImageEdit2509LoraGalleryAddBackgroundInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_ADD_BACKGROUND_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
