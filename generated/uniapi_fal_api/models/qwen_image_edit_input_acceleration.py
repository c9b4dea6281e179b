from typing import Literal

QwenImageEditInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_EDIT_INPUT_ACCELERATION_VALUES: set[QwenImageEditInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_edit_input_acceleration(value: str) -> QwenImageEditInputAcceleration:
    if value in QWEN_IMAGE_EDIT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_INPUT_ACCELERATION_VALUES!r}"
    )
