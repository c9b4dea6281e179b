from typing import Literal

FluxLoraCannyInputAcceleration = Literal["none", "regular"]

FLUX_LORA_CANNY_INPUT_ACCELERATION_VALUES: set[FluxLoraCannyInputAcceleration] = {
    "none",
    "regular",
}


def check_flux_lora_canny_input_acceleration(value: str) -> FluxLoraCannyInputAcceleration:
    if value in FLUX_LORA_CANNY_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_CANNY_INPUT_ACCELERATION_VALUES!r}"
    )
