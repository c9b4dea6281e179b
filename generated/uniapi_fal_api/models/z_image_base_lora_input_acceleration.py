from typing import Literal

ZImageBaseLoraInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_BASE_LORA_INPUT_ACCELERATION_VALUES: set[ZImageBaseLoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_base_lora_input_acceleration(value: str) -> ZImageBaseLoraInputAcceleration:
    if value in Z_IMAGE_BASE_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_BASE_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
