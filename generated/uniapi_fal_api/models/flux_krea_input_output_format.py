from typing import Literal

FluxKreaInputOutputFormat = Literal["jpeg", "png"]

FLUX_KREA_INPUT_OUTPUT_FORMAT_VALUES: set[FluxKreaInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_krea_input_output_format(value: str) -> FluxKreaInputOutputFormat:
    if value in FLUX_KREA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_KREA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
