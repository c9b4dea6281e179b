from typing import Literal

QwenImageEdit2509LoraGalleryGroupPhotoInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_GROUP_PHOTO_INPUT_ACCELERATION_VALUES: set[
    QwenImageEdit2509LoraGalleryGroupPhotoInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_2509_lora_gallery_group_photo_input_acceleration(
    value: str,
) -> QwenImageEdit2509LoraGalleryGroupPhotoInputAcceleration:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_GROUP_PHOTO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_GROUP_PHOTO_INPUT_ACCELERATION_VALUES!r}"
    )
