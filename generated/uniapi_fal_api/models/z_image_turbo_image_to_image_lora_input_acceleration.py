from typing import Literal

ZImageTurboImageToImageLoraInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_INPUT_ACCELERATION_VALUES: set[
    ZImageTurboImageToImageLoraInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_image_to_image_lora_input_acceleration(
    value: str,
) -> ZImageTurboImageToImageLoraInputAcceleration:
    if value in Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_IMAGE_TO_IMAGE_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
