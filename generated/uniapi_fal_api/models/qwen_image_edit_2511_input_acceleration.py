from typing import Literal

QwenImageEdit2511InputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_EDIT_2511_INPUT_ACCELERATION_VALUES: set[QwenImageEdit2511InputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_edit_2511_input_acceleration(value: str) -> QwenImageEdit2511InputAcceleration:
    if value in QWEN_IMAGE_EDIT_2511_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_EDIT_2511_INPUT_ACCELERATION_VALUES!r}"
    )
