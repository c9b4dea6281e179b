from typing import Literal

ZImageTurboTilingLoraInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_TILING_LORA_INPUT_ACCELERATION_VALUES: set[ZImageTurboTilingLoraInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_tiling_lora_input_acceleration(
    value: str,
) -> ZImageTurboTilingLoraInputAcceleration:
    if value in Z_IMAGE_TURBO_TILING_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_TILING_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
