from typing import Literal

QwenImageInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_INPUT_ACCELERATION_VALUES: set[QwenImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_input_acceleration(value: str) -> QwenImageInputAcceleration:
    if value in QWEN_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
