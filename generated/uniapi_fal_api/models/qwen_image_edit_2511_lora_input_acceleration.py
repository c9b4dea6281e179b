from typing import Literal

QwenImageEdit2511LoraInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_EDIT_2511_LORA_INPUT_ACCELERATION_VALUES: set[QwenImageEdit2511LoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_edit_2511_lora_input_acceleration(
    value: str,
) -> QwenImageEdit2511LoraInputAcceleration:
    if value in QWEN_IMAGE_EDIT_2511_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2511_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
