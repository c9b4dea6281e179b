from typing import Literal

Flux1DevImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_DEV_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[Flux1DevImageToImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_1_dev_image_to_image_input_output_format(
    value: str,
) -> Flux1DevImageToImageInputOutputFormat:
    if value in FLUX_1_DEV_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_DEV_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
