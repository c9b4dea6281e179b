from typing import Literal

QwenImageEditPlusLoraGalleryRemoveLightingInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_LIGHTING_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryRemoveLightingInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_remove_lighting_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryRemoveLightingInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_LIGHTING_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_REMOVE_LIGHTING_INPUT_ACCELERATION_VALUES!r}"
    )
