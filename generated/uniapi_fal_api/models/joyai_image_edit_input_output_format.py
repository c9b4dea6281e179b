from typing import Literal

JoyaiImageEditInputOutputFormat = Literal["jpeg", "png"]

JOYAI_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[JoyaiImageEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_joyai_image_edit_input_output_format(value: str) -> JoyaiImageEditInputOutputFormat:
    if value in JOYAI_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOYAI_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
