from typing import Literal

HidreamO1ImageDevEditInputOutputFormat = Literal["jpeg", "png", "webp"]

HIDREAM_O1_IMAGE_DEV_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    HidreamO1ImageDevEditInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_hidream_o1_image_dev_edit_input_output_format(
    value: str,
) -> HidreamO1ImageDevEditInputOutputFormat:
    if value in HIDREAM_O1_IMAGE_DEV_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_O1_IMAGE_DEV_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
