from typing import Literal

FluxGeneralImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_GENERAL_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxGeneralImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_general_image_to_image_input_output_format(
    value: str,
) -> FluxGeneralImageToImageInputOutputFormat:
    if value in FLUX_GENERAL_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
