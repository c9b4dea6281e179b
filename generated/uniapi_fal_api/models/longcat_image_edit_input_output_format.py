from typing import Literal

LongcatImageEditInputOutputFormat = Literal["jpeg", "png", "webp"]

LONGCAT_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[LongcatImageEditInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_longcat_image_edit_input_output_format(value: str) -> LongcatImageEditInputOutputFormat:
    if value in LONGCAT_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LONGCAT_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
