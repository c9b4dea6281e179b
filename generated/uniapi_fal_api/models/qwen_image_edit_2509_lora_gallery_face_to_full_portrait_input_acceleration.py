from typing import Literal

QwenImageEdit2509LoraGalleryFaceToFullPortraitInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES: set[
    QwenImageEdit2509LoraGalleryFaceToFullPortraitInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_2509_lora_gallery_face_to_full_portrait_input_acceleration(
    value: str,
) -> QwenImageEdit2509LoraGalleryFaceToFullPortraitInputAcceleration:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_ACCELERATION_VALUES!r}"
    )
