from typing import Literal

Flux1KreaImageToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_KREA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    Flux1KreaImageToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_1_krea_image_to_image_input_output_format(
    value: str,
) -> Flux1KreaImageToImageInputOutputFormat:
    if value in FLUX_1_KREA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_KREA_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
