from typing import Literal

ImageEditingExpressionChangeInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_EXPRESSION_CHANGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingExpressionChangeInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_expression_change_input_output_format(
    value: str,
) -> ImageEditingExpressionChangeInputOutputFormat:
    if value in IMAGE_EDITING_EXPRESSION_CHANGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_EXPRESSION_CHANGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
