from typing import Literal

QwenImageEditPlusLoraGalleryIntegrateProductInputAcceleration = Literal["none", "regular"]

QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditPlusLoraGalleryIntegrateProductInputAcceleration
] = {
    "none",
    "regular",
}


def check_qwen_image_edit_plus_lora_gallery_integrate_product_input_acceleration(
    value: str,
) -> QwenImageEditPlusLoraGalleryIntegrateProductInputAcceleration:
    if value in QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_PLUS_LORA_GALLERY_INTEGRATE_PRODUCT_INPUT_ACCELERATION_VALUES!r}"
    )
