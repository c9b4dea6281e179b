from typing import Literal

QwenImageEditPlusLoraGalleryGroupPhotoInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_GROUP_PHOTO_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryGroupPhotoInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_group_photo_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryGroupPhotoInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_GROUP_PHOTO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_GROUP_PHOTO_INPUT_ACCELERATION_VALUES!r}"
    )
