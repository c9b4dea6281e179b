from typing import Literal

Flux1SrpoImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_SRPO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux1SrpoImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_1_srpo_image_to_image_input_output_format(
    value: str,
) -> Flux1SrpoImageToImageInputOutputFormat:
    if value in FLUX_1_SRPO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SRPO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
