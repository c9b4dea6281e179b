from typing import Literal

ImageEditingReframeInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_REFRAME_INPUT_OUTPUT_FORMAT_VALUES: set[ImageEditingReframeInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_image_editing_reframe_input_output_format(
    value: str,
) -> ImageEditingReframeInputOutputFormat:
    if value in IMAGE_EDITING_REFRAME_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_REFRAME_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
