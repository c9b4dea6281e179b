from typing import Literal

RundiffusionFalJuggernautFluxProImageToImageInputOutputFormat = Literal["jpeg", "png"]

RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_PRO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    RundiffusionFalJuggernautFluxProImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rundiffusion_fal_juggernaut_flux_pro_image_to_image_input_output_format(
    value: str,
) -> RundiffusionFalJuggernautFluxProImageToImageInputOutputFormat:
    if value in RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_PRO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_JUGGERNAUT_FLUX_PRO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
