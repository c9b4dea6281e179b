from typing import Literal

ImageEditingObjectRemovalInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_OBJECT_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingObjectRemovalInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_object_removal_input_output_format(
    value: str,
) -> ImageEditingObjectRemovalInputOutputFormat:
    if value in IMAGE_EDITING_OBJECT_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_OBJECT_REMOVAL_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
