from typing import Literal

QwenImageEditPlusLoraGalleryGroupPhotoInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_GROUP_PHOTO_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryGroupPhotoInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_group_photo_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryGroupPhotoInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_GROUP_PHOTO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_GROUP_PHOTO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
