from typing import Literal

FluxSchnellInputOutputFormat = Literal["jpeg", "png"]

FLUX_SCHNELL_INPUT_OUTPUT_FORMAT_VALUES: set[FluxSchnellInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_schnell_input_output_format(value: str) -> FluxSchnellInputOutputFormat:
    if value in FLUX_SCHNELL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SCHNELL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
