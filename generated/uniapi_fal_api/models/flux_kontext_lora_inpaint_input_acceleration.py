from typing import Literal

FluxKontextLoraInpaintInputAcceleration = Literal["high", "none", "regular"]

FLUX_KONTEXT_LORA_INPAINT_INPUT_ACCELERATION_VALUES: set[
    FluxKontextLoraInpaintInputAcceleration
] = {
    "high",
    "none",
    "regular",
}


def check_flux_kontext_lora_inpaint_input_acceleration(
    value: str,
) -> FluxKontextLoraInpaintInputAcceleration:
    if value in FLUX_KONTEXT_LORA_INPAINT_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KONTEXT_LORA_INPAINT_INPUT_ACCELERATION_VALUES!r}"
    )
