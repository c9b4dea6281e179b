from typing import Literal

Flux1SrpoInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_SRPO_INPUT_OUTPUT_FORMAT_VALUES: set[Flux1SrpoInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_1_srpo_input_output_format(value: str) -> Flux1SrpoInputOutputFormat:
    if value in FLUX_1_SRPO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_SRPO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
