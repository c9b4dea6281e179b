from typing import Literal

ZImageTurboInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_INPUT_ACCELERATION_VALUES: set[ZImageTurboInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_input_acceleration(value: str) -> ZImageTurboInputAcceleration:
    if value in Z_IMAGE_TURBO_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_INPUT_ACCELERATION_VALUES!r}"
    )
