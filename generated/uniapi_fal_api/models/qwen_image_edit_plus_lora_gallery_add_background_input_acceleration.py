from typing import Literal

QwenImageEditPlusLoraGalleryAddBackgroundInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_ADD_BACKGROUND_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryAddBackgroundInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_add_background_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryAddBackgroundInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_ADD_BACKGROUND_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_ADD_BACKGROUND_INPUT_ACCELERATION_VALUES!r}"
    )
