from typing import Literal

QwenImageImageToImageInputAcceleration = Literal["high", "none", "regular"]

QWEN_IMAGE_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[QwenImageImageToImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_qwen_image_image_to_image_input_acceleration(
    value: str,
) -> QwenImageImageToImageInputAcceleration:
    if value in QWEN_IMAGE_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QWEN_IMAGE_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
