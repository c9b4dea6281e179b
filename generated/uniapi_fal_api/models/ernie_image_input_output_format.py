from typing import Literal

ErnieImageInputOutputFormat = Literal["jpeg", "png"]

ERNIE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[ErnieImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ernie_image_input_output_format(value: str) -> ErnieImageInputOutputFormat:
    if value in ERNIE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
