from typing import Literal

HidreamO1ImageDevInputOutputFormat = Literal["jpeg", "png", "webp"]

HIDREAM_O1_IMAGE_DEV_INPUT_OUTPUT_FORMAT_VALUES: set[HidreamO1ImageDevInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_hidream_o1_image_dev_input_output_format(
    value: str,
) -> HidreamO1ImageDevInputOutputFormat:
    if value in HIDREAM_O1_IMAGE_DEV_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_O1_IMAGE_DEV_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
