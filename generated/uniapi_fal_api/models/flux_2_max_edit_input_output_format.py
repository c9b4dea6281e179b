from typing import Literal

Flux2MaxEditInputOutputFormat = Literal["jpeg", "png"]

FLUX_2_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2MaxEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_2_max_edit_input_output_format(value: str) -> Flux2MaxEditInputOutputFormat:
    if value in FLUX_2_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_MAX_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
