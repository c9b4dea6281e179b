from typing import Literal

RundiffusionFalJuggernautFluxBaseInputOutputFormat = Literal["jpeg", "png"]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_BASE_INPUT_OUTPUT_FORMAT_VALUES: set[
    RundiffusionFalJuggernautFluxBaseInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rundiffusion_fal_juggernaut_flux_base_input_output_format(
    value: str,
) -> RundiffusionFalJuggernautFluxBaseInputOutputFormat:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_BASE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_BASE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
