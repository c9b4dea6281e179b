from typing import Literal

QwenImageEditPlusLoraGalleryNextSceneInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_NEXT_SCENE_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryNextSceneInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_next_scene_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryNextSceneInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_NEXT_SCENE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_NEXT_SCENE_INPUT_ACCELERATION_VALUES!r}"
    )
