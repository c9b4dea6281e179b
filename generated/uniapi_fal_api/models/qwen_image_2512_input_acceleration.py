from typing import Literal

QwenImage2512InputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_2512_INPUT_ACCELERATION_VALUES: set[QwenImage2512InputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_2512_input_acceleration(value: str) -> QwenImage2512InputAcceleration:
    if value in QWEN_IMAGE_2512_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_2512_INPUT_ACCELERATION_VALUES!r}"
    )
