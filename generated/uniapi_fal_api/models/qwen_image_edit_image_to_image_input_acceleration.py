from typing import Literal

QwenImageEditImageToImageInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_EDIT_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    QwenImageEditImageToImageInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_edit_image_to_image_input_acceleration(
    value: str,
) -> QwenImageEditImageToImageInputAcceleration:
    if value in QWEN_IMAGE_EDIT_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
