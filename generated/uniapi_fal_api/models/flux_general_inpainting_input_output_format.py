from typing import Literal

FluxGeneralInpaintingInputOutputFormat = Literal["jpeg", "png"]

FLUX_GENERAL_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES: set[FluxGeneralInpaintingInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_general_inpainting_input_output_format(
    value: str,
) -> FluxGeneralInpaintingInputOutputFormat:
    if value in FLUX_GENERAL_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_INPAINTING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
