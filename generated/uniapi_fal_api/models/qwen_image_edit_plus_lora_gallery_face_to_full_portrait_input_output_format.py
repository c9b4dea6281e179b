from typing import Literal

QwenImageEditPlusLoraGalleryFaceToFullPortraitInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryFaceToFullPortraitInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_face_to_full_portrait_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryFaceToFullPortraitInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
