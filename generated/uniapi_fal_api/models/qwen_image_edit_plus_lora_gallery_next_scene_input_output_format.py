from typing import Literal

QwenImageEditPlusLoraGalleryNextSceneInputOutputFormat = Literal["jpeg", "png", "webp"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_NEXT_SCENE_INPUT_OUTPUT_FORMAT_VALUES: set[
    QwenImageEditPlusLoraGalleryNextSceneInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_qwen_image_edit_plus_lora_gallery_next_scene_input_output_format(
    value: str,
) -> QwenImageEditPlusLoraGalleryNextSceneInputOutputFormat:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_NEXT_SCENE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_NEXT_SCENE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
