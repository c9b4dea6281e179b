from typing import Literal

FluxSrpoImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_SRPO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[FluxSrpoImageToImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_srpo_image_to_image_input_output_format(
    value: str,
) -> FluxSrpoImageToImageInputOutputFormat:
    if value in FLUX_SRPO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SRPO_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
