from typing import Literal

PatinaInputOutputFormat = Literal["jpeg", "png", "webp"]

PATINA_INPUT_OUTPUT_FORMAT_VALUES: set[PatinaInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_patina_input_output_format(value: str) -> PatinaInputOutputFormat:
    if value in PATINA_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATINA_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
