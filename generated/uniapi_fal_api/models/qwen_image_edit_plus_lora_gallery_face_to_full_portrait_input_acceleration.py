from typing import Literal

QwenImageEditPlusLoraGalleryFaceToFullPortraitInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryFaceToFullPortraitInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_face_to_full_portrait_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryFaceToFullPortraitInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES!r}"
    )
