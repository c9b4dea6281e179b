from typing import Literal

ImageEditingExpressionChangeInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_EXPRESSION_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingExpressionChangeInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_expression_change_input_safety_tolerance(
    value: str,
) -> ImageEditingExpressionChangeInputSafetyTolerance:
    if value in IMAGE_EDITING_EXPRESSION_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_EXPRESSION_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
