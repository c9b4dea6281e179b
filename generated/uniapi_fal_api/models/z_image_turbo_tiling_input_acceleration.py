from typing import Literal

ZImageTurboTilingInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_TILING_INPUT_ACCELERATION_VALUES: set[ZImageTurboTilingInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_tiling_input_acceleration(value: str) -> ZImageTurboTilingInputAcceleration:
    if value in Z_IMAGE_TURBO_TILING_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_TILING_INPUT_ACCELERATION_VALUES!r}"
    )
