from typing import Literal

Flux2Klein9BEditInputOutputFormat = Literal["jpeg", "png", "webp"]

FLUX_2_KLEIN_9B_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[Flux2Klein9BEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_flux_2_klein_9b_edit_input_output_format(value: str) -> Flux2Klein9BEditInputOutputFormat:
    if value in FLUX_2_KLEIN_9B_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_9B_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
