from typing import Literal

FluxGeneralInputOutputFormat = Literal["jpeg", "png"]

FLUX_GENERAL_INPUT_OUTPUT_FORMAT_VALUES: set[FluxGeneralInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_general_input_output_format(value: str) -> FluxGeneralInputOutputFormat:
    if value in FLUX_GENERAL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
