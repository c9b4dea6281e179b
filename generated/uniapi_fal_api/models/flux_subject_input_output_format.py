from typing import Literal

FluxSubjectInputOutputFormat = Literal["jpeg", "png"]

FLUX_SUBJECT_INPUT_OUTPUT_FORMAT_VALUES: set[FluxSubjectInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_flux_subject_input_output_format(value: str) -> FluxSubjectInputOutputFormat:
    if value in FLUX_SUBJECT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_SUBJECT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
