from typing import Literal

QwenImageEditPlusLoraGalleryLightingRestorationInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_LIGHTING_RESTORATION_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryLightingRestorationInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_lighting_restoration_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryLightingRestorationInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_LIGHTING_RESTORATION_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_LIGHTING_RESTORATION_INPUT_ACCELERATION_VALUES!r}"
    )
