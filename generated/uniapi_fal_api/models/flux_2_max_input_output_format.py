from typing import Literal

Flux2MaxInputOutputFormat = Literal["jpeg", "png"]

FLUX_2_MAX_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2MaxInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_2_max_input_output_format(value: str) -> Flux2MaxInputOutputFormat:
    if value in FLUX_2_MAX_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_MAX_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
