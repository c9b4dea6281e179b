from typing import Literal

FluxSrpoImageToImageInputAcceleration = Literal["high", "none", "regular"]

FLUX_SRPO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[FluxSrpoImageToImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_srpo_image_to_image_input_acceleration(
    value: str,
) -> FluxSrpoImageToImageInputAcceleration:
    if value in FLUX_SRPO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SRPO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
