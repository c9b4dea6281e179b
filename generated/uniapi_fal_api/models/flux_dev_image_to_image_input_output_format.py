from typing import Literal

FluxDevImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_DEV_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[FluxDevImageToImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_dev_image_to_image_input_output_format(
    value: str,
) -> FluxDevImageToImageInputOutputFormat:
    if value in FLUX_DEV_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
