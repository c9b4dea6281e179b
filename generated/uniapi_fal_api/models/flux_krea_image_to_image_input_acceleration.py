from typing import Literal

FluxKreaImageToImageInputAcceleration = Literal["high", "none", "regular"]

FLUX_KREA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[FluxKreaImageToImageInputAcceleration] = {
    "high",
    "none",
    "regular",
}


def check_flux_krea_image_to_image_input_acceleration(
    value: str,
) -> FluxKreaImageToImageInputAcceleration:
    if value in FLUX_KREA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
