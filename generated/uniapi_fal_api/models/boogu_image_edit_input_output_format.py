from typing import Literal

BooguImageEditInputOutputFormat = Literal["jpeg", "png"]

BOOGU_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[BooguImageEditInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_boogu_image_edit_input_output_format(value: str) -> BooguImageEditInputOutputFormat:
    if value in BOOGU_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOGU_IMAGE_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
