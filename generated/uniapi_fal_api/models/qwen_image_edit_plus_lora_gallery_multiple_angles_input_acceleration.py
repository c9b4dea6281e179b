from typing import Literal

QwenImageEditPlusLoraGalleryMultipleAnglesInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryMultipleAnglesInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_multiple_angles_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryMultipleAnglesInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_MULTIPLE_ANGLES_INPUT_ACCELERATION_VALUES!r}"
    )
