from typing import Literal

ZImageTurboControlnetInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_CONTROLNET_INPUT_ACCELERATION_VALUES: set[ZImageTurboControlnetInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_controlnet_input_acceleration(
    value: str,
) -> ZImageTurboControlnetInputAcceleration:
    if value in Z_IMAGE_TURBO_CONTROLNET_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_CONTROLNET_INPUT_ACCELERATION_VALUES!r}"
    )
