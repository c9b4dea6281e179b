from typing import Literal

QwenImage2512LoraInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_2512_LORA_INPUT_ACCELERATION_VALUES: set[QwenImage2512LoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_2512_lora_input_acceleration(value: str) -> QwenImage2512LoraInputAcceleration:
    if value in QWEN_IMAGE_2512_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2512_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
