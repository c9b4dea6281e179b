from typing import Literal

QwenImageEdit2509LoraGalleryShirtDesignInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_SHIRT_DESIGN_INPUT_ACCELERATION_VALUES: set[
    QwenImageEdit2509LoraGalleryShirtDesignInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_2509_lora_gallery_shirt_design_input_acceleration(
    value: str,
) -> QwenImageEdit2509LoraGalleryShirtDesignInputAcceleration:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_SHIRT_DESIGN_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_SHIRT_DESIGN_INPUT_ACCELERATION_VALUES!r}"
    )
