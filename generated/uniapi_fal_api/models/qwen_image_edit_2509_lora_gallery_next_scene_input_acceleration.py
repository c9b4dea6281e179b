from typing import Literal

QwenImageEdit2509LoraGalleryNextSceneInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_NEXT_SCENE_INPUT_ACCELERATION_VALUES: set[
    QwenImageEdit2509LoraGalleryNextSceneInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_2509_lora_gallery_next_scene_input_acceleration(
    value: str,
) -> QwenImageEdit2509LoraGalleryNextSceneInputAcceleration:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_NEXT_SCENE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_NEXT_SCENE_INPUT_ACCELERATION_VALUES!r}"
    )
