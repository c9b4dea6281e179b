from typing import Literal

Flux1DevImageToImageInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_DEV_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[Flux1DevImageToImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_dev_image_to_image_input_acceleration(
    value: str,
) -> Flux1DevImageToImageInputAcceleration:
    if value in FLUX_1_DEV_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_DEV_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
