from typing import Literal

QwenImageEditLoraInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_EDIT_LORA_INPUT_ACCELERATION_VALUES: set[QwenImageEditLoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_edit_lora_input_acceleration(value: str) -> QwenImageEditLoraInputAcceleration:
    if value in QWEN_IMAGE_EDIT_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
