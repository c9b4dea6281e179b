from typing import Literal

QwenImageEditPlusLoraGalleryShirtDesignInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_SHIRT_DESIGN_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryShirtDesignInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_shirt_design_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryShirtDesignInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_SHIRT_DESIGN_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_SHIRT_DESIGN_INPUT_ACCELERATION_VALUES!r}"
    )
