from typing import Literal

ErnieImageLoraInputAcceleration = Literal["high", "none", "regular"]

ERNIE_IMAGE_LORA_INPUT_ACCELERATION_VALUES: set[ErnieImageLoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_ernie_image_lora_input_acceleration(value: str) -> ErnieImageLoraInputAcceleration:
    if value in ERNIE_IMAGE_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
