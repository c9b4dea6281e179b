from typing import Literal

FluxDevInputOutputFormat = Literal["jpeg", "png"]

FLUX_DEV_INPUT_OUTPUT_FORMAT_VALUES: set[FluxDevInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_dev_input_output_format(value: str) -> FluxDevInputOutputFormat:
    if value in FLUX_DEV_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DEV_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
