from typing import Literal

ZImageTurboInpaintInputAcceleration = Literal["high", "none", "regular"]

Z_IMAGE_TURBO_INPAINT_INPUT_ACCELERATION_VALUES: set[ZImageTurboInpaintInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_z_image_turbo_inpaint_input_acceleration(
    value: str,
) -> ZImageTurboInpaintInputAcceleration:
    if value in Z_IMAGE_TURBO_INPAINT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {Z_IMAGE_TURBO_INPAINT_INPUT_ACCELERATION_VALUES!r}"
    )
