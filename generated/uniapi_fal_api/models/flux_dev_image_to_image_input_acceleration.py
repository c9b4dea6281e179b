from typing import Literal

FluxDevImageToImageInputAcceleration = Literal["high", "none", "regular"]

FLUX_DEV_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[FluxDevImageToImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_dev_image_to_image_input_acceleration(
    value: str,
) -> FluxDevImageToImageInputAcceleration:
    if value in FLUX_DEV_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
