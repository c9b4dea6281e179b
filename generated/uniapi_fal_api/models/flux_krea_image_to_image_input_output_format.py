from typing import Literal

FluxKreaImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_KREA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[FluxKreaImageToImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_krea_image_to_image_input_output_format(
    value: str,
) -> FluxKreaImageToImageInputOutputFormat:
    if value in FLUX_KREA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
