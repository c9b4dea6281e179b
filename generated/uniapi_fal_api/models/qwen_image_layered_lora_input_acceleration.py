from typing import Literal

QwenImageLayeredLoraInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_LAYERED_LORA_INPUT_ACCELERATION_VALUES: set[QwenImageLayeredLoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_layered_lora_input_acceleration(
    value: str,
) -> QwenImageLayeredLoraInputAcceleration:
    if value in QWEN_IMAGE_LAYERED_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_LAYERED_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
