from typing import Literal

FluxLoraStreamInputAcceleration = Literal["none", "regular"]

FLUX_LORA_STREAM_INPUT_ACCELERATION_VALUES: set[FluxLoraStreamInputAcceleration] = {
    "none",
    "regular",
}


def check_flux_lora_stream_input_acceleration(value: str) -> FluxLoraStreamInputAcceleration:
    if value in FLUX_LORA_STREAM_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_LORA_STREAM_INPUT_ACCELERATION_VALUES!r}"
    )
