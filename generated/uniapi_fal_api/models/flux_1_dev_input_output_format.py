from typing import Literal

Flux1DevInputOutputFormat = Literal["jpeg", "png"]

FLUX_1_DEV_INPUT_OUTPUT_FORMAT_VALUES: set[Flux1DevInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_1_dev_input_output_format(value: str) -> Flux1DevInputOutputFormat:
    if value in FLUX_1_DEV_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_1_DEV_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
