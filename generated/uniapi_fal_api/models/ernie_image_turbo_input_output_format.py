from typing import Literal

ErnieImageTurboInputOutputFormat = Literal["jpeg", "png"]

ERNIE_IMAGE_TURBO_INPUT_OUTPUT_FORMAT_VALUES: set[ErnieImageTurboInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_ernie_image_turbo_input_output_format(value: str) -> ErnieImageTurboInputOutputFormat:
    if value in ERNIE_IMAGE_TURBO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_TURBO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
