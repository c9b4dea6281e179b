from typing import Literal

RundiffusionFalRundiffusionPhotoFluxInputOutputFormat = Literal["jpeg", "png"]

RUNDIFFUSION_FAL_RUNDIFFUSION_PHOTO_FLUX_INPUT_OUTPUT_FORMAT_VALUES: set[
    RundiffusionFalRundiffusionPhotoFluxInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_rundiffusion_fal_rundiffusion_photo_flux_input_output_format(
    value: str,
) -> RundiffusionFalRundiffusionPhotoFluxInputOutputFormat:
    if value in RUNDIFFUSION_FAL_RUNDIFFUSION_PHOTO_FLUX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNDIFFUSION_FAL_RUNDIFFUSION_PHOTO_FLUX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
