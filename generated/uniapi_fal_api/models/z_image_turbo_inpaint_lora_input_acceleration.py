from typing import Literal

ZImageTurboInpaintLoraInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_INPAINT_LORA_INPUT_ACCELERATION_VALUES: set[
    ZImageTurboInpaintLoraInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_inpaint_lora_input_acceleration(
    value: str,
) -> ZImageTurboInpaintLoraInputAcceleration:
    if value in Z_IMAGE_TURBO_INPAINT_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_INPAINT_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
