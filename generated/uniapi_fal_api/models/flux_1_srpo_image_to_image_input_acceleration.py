from typing import Literal

Flux1SrpoImageToImageInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_SRPO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    Flux1SrpoImageToImageInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_srpo_image_to_image_input_acceleration(
    value: str,
) -> Flux1SrpoImageToImageInputAcceleration:
    if value in FLUX_1_SRPO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SRPO_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
