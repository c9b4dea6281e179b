from typing import Literal

FireredImageEditV11InputOutputFormat = Literal["jpeg", "png"]

FIRERED_IMAGE_EDIT_V11_INPUT_OUTPUT_FORMAT_VALUES: set[FireredImageEditV11InputOutputFormat] = {
    "jpeg",
    "png",
}


def check_firered_image_edit_v11_input_output_format(
    value: str,
) -> FireredImageEditV11InputOutputFormat:
    if value in FIRERED_IMAGE_EDIT_V11_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIRERED_IMAGE_EDIT_V11_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
