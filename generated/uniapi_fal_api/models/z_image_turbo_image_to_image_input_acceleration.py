from typing import Literal

ZImageTurboImageToImageInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    ZImageTurboImageToImageInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_image_to_image_input_acceleration(
    value: str,
) -> ZImageTurboImageToImageInputAcceleration:
    if value in Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
