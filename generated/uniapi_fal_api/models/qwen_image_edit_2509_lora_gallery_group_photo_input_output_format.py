from typing import Literal

QwenImageEdit2509LoraGalleryGroupPhotoInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_GROUP_PHOTO_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEdit2509LoraGalleryGroupPhotoInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_2509_lora_gallery_group_photo_input_output_format(
    value: str,
) -> QwenImageEdit2509LoraGalleryGroupPhotoInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_GROUP_PHOTO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_GROUP_PHOTO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
