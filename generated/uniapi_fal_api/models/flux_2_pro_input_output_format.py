from typing import Literal

Flux2ProInputOutputFormat = Literal["jpeg", "png"]

FLUX_2_PRO_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2ProInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_2_pro_input_output_format(value: str) -> Flux2ProInputOutputFormat:
    if value in FLUX_2_PRO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_PRO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
