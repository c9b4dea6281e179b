from typing import Literal

FluxLoraDepthInputAcceleration = Literal["none", "regular"]

FLUX_LORA_DEPTH_INPUT_ACCELERATION_VALUES: set[FluxLoraDepthInputAcceleration] = {
    "none",
    "regular",
}


def check_flux_lora_depth_input_acceleration(value: str) -> FluxLoraDepthInputAcceleration:
    if value in FLUX_LORA_DEPTH_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_DEPTH_INPUT_ACCELERATION_VALUES!r}"
    )
