from typing import Literal

FluxLoraImageToImageInputAcceleration = Literal["none", "regular"]

FLUX_LORA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES: set[FluxLoraImageToImageInputAcceleration] = {
    "none",
    "regular",
}


def check_flux_lora_image_to_image_input_acceleration(
    value: str,
) -> FluxLoraImageToImageInputAcceleration:
    if value in FLUX_LORA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_IMAGE_TO_IMAGE_INPUT_ACCELERATION_VALUES!r}"
    )
