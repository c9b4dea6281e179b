from typing import Literal

RundiffusionFalJuggernautFluxProInputOutputFormat = Literal["jpeg", "png"]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_PRO_INPUT_OUTPUT_FORMAT_VALUES: set[
    RundiffusionFalJuggernautFluxProInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rundiffusion_fal_juggernaut_flux_pro_input_output_format(
    value: str,
) -> RundiffusionFalJuggernautFluxProInputOutputFormat:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_PRO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_PRO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
