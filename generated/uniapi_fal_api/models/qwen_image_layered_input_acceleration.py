from typing import Literal

QwenImageLayeredInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_LAYERED_INPUT_ACCELERATION_VALUES: set[QwenImageLayeredInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_layered_input_acceleration(value: str) -> QwenImageLayeredInputAcceleration:
    if value in QWEN_IMAGE_LAYERED_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_LAYERED_INPUT_ACCELERATION_VALUES!r}"
    )
