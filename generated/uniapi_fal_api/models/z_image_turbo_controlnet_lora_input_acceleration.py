from typing import Literal

ZImageTurboControlnetLoraInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_ACCELERATION_VALUES: set[
    ZImageTurboControlnetLoraInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_controlnet_lora_input_acceleration(
    value: str,
) -> ZImageTurboControlnetLoraInputAcceleration:
    if value in Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_CONTROLNET_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
