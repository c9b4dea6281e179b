from typing import Literal

ImageEditingBackgroundChangeInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_BACKGROUND_CHANGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingBackgroundChangeInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_background_change_input_output_format(
    value: str,
) -> ImageEditingBackgroundChangeInputOutputFormat:
    if value in IMAGE_EDITING_BACKGROUND_CHANGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_BACKGROUND_CHANGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
