from typing import Literal

ImageEditingTextRemovalInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_TEXT_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingTextRemovalInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_text_removal_input_output_format(
    value: str,
) -> ImageEditingTextRemovalInputOutputFormat:
    if value in IMAGE_EDITING_TEXT_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_TEXT_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
