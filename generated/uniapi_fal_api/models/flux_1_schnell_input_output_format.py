from typing import Literal

Flux1SchnellInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_SCHNELL_INPUT_OUTPUT_FORMAT_VALUES: set[Flux1SchnellInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_1_schnell_input_output_format(value: str) -> Flux1SchnellInputOutputFormat:
    if value in FLUX_1_SCHNELL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SCHNELL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
