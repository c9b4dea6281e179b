from typing import Literal

Flux1KreaImageToImageInputAcceleration = Literal["high", "none", "regular"]

FLUX_1_KREA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[
    Flux1KreaImageToImageInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_flux_1_krea_image_to_image_input_acceleration(
    value: str,
) -> Flux1KreaImageToImageInputAcceleration:
    if value in FLUX_1_KREA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_KREA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
