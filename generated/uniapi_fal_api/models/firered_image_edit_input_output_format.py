from typing import Literal

FireredImageEditInputOutputFormat = Literal["jpeg", "png"]

FIRERED_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[FireredImageEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_firered_image_edit_input_output_format(value: str) -> FireredImageEditInputOutputFormat:
    if value in FIRERED_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIRERED_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
