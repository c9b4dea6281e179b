from typing import Literal

Flux2FlexEditInputOutputFormat = Literal["jpeg", "png"]

FLUX_2_FLEX_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2FlexEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_2_flex_edit_input_output_format(value: str) -> Flux2FlexEditInputOutputFormat:
    if value in FLUX_2_FLEX_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_FLEX_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
