from typing import Literal

RundiffusionFalJuggernautFluxBaseImageToImageInputOutputFormat = Literal["jpeg", "png"]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_BASE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    RundiffusionFalJuggernautFluxBaseImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rundiffusion_fal_juggernaut_flux_base_image_to_image_input_output_format(
    value: str,
) -> RundiffusionFalJuggernautFluxBaseImageToImageInputOutputFormat:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_BASE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_BASE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
