from typing import Literal

Flux2ProEditInputOutputFormat = Literal["jpeg", "png"]

FLUX_2_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2ProEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_2_pro_edit_input_output_format(value: str) -> Flux2ProEditInputOutputFormat:
    if value in FLUX_2_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_PRO_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
