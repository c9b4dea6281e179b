from typing import Literal

HidreamO1ImageInputOutputFormat = Literal["jpeg", "png", "webp"]

HIDREAM_O1_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[HidreamO1ImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_hidream_o1_image_input_output_format(value: str) -> HidreamO1ImageInputOutputFormat:
    if value in HIDREAM_O1_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_O1_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
