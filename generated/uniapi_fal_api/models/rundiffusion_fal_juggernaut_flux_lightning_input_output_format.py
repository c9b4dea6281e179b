from typing import Literal

RundiffusionFalJuggernautFluxLightningInputOutputFormat = Literal["jpeg", "png"]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LIGHTNING_INPUT_OUTPUT_FORMAT_VALUES: set[
    RundiffusionFalJuggernautFluxLightningInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rundiffusion_fal_juggernaut_flux_lightning_input_output_format(
    value: str,
) -> RundiffusionFalJuggernautFluxLightningInputOutputFormat:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LIGHTNING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_LIGHTNING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
