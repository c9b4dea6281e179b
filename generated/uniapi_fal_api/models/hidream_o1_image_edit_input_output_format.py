from typing import Literal

HidreamO1ImageEditInputOutputFormat = Literal["jpeg", "png", "webp"]

HIDREAM_O1_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[HidreamO1ImageEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_hidream_o1_image_edit_input_output_format(
    value: str,
) -> HidreamO1ImageEditInputOutputFormat:
    if value in HIDREAM_O1_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HIDREAM_O1_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
