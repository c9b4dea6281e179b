from typing import Literal

NucleusImageInputOutputFormat = Literal["jpeg", "png"]

NUCLEUS_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[NucleusImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_nucleus_image_input_output_format(value: str) -> NucleusImageInputOutputFormat:
    if value in NUCLEUS_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUCLEUS_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
