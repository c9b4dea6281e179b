from typing import Literal

ImageEditingCartoonifyInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_CARTOONIFY_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingCartoonifyInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_cartoonify_input_output_format(
    value: str,
) -> ImageEditingCartoonifyInputOutputFormat:
    if value in IMAGE_EDITING_CARTOONIFY_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_CARTOONIFY_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
