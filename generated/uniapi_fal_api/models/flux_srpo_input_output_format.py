from typing import Literal

FluxSrpoInputOutputFormat = Literal["jpeg", "png"]

FLUX_SRPO_INPUT_OUTPUT_FORMAT_VALUES: set[FluxSrpoInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_srpo_input_output_format(value: str) -> FluxSrpoInputOutputFormat:
    if value in FLUX_SRPO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SRPO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
