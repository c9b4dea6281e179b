from typing import Literal

QwenImageEdit2509LoraGalleryFaceToFullPortraitInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_2509_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEdit2509LoraGalleryFaceToFullPortraitInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_2509_lora_gallery_face_to_full_portrait_input_output_format(
    value: str,
) -> QwenImageEdit2509LoraGalleryFaceToFullPortraitInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_2509_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2509_LORA_GALLERY_FACE_TO_FULL_PORTRAIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
