from typing import Literal

ZImageTurboLoraInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_LORA_INPUT_ACCELERATION_VALUES: set[ZImageTurboLoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_lora_input_acceleration(value: str) -> ZImageTurboLoraInputAcceleration:
    if value in Z_IMAGE_TURBO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
