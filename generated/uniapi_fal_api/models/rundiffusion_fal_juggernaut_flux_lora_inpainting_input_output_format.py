from typing import Literal

RundiffusionFalJuggernautFluxLoraInpaintingInputOutputFormat = Literal["jpeg", "png"]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES: set[
    RundiffusionFalJuggernautFluxLoraInpaintingInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rundiffusion_fal_juggernaut_flux_lora_inpainting_input_output_format(
    value: str,
) -> RundiffusionFalJuggernautFluxLoraInpaintingInputOutputFormat:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LORA_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
