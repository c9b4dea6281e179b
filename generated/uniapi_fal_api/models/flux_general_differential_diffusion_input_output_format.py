from typing import Literal

FluxGeneralDifferentialDiffusionInputOutputFormat = Literal["jpeg", "png"]

FLUX_GENERAL_DIFFERENTIAL_DIFFUSION_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxGeneralDifferentialDiffusionInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_general_differential_diffusion_input_output_format(
    value: str,
) -> FluxGeneralDifferentialDiffusionInputOutputFormat:
    if value in FLUX_GENERAL_DIFFERENTIAL_DIFFUSION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_DIFFERENTIAL_DIFFUSION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
