from typing import Literal

RundiffusionFalJuggernautFluxLoraInpaintingInputAcceleration = Literal["none", "regular"]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_ACCELERATION_VALUES: set[
    RundiffusionFalJuggernautFluxLoraInpaintingInputAcceleration
] = {
    "none",
    "regular",
}


def check_rundiffusion_fal_juggernaut_flux_lora_inpainting_input_acceleration(
    value: str,
) -> RundiffusionFalJuggernautFluxLoraInpaintingInputAcceleration:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_ACCELERATION_VALUES!r}"
    )
