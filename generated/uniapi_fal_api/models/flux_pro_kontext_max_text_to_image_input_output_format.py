from typing import Literal

FluxProKontextMaxTextToImageInputOutputFormat = Literal["jpeg", "png"]

FLUX_PRO_KONTEXT_MAX_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    FluxProKontextMaxTextToImageInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_flux_pro_kontext_max_text_to_image_input_output_format(
    value: str,
) -> FluxProKontextMaxTextToImageInputOutputFormat:
    if value in FLUX_PRO_KONTEXT_MAX_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_PRO_KONTEXT_MAX_TEXT_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
