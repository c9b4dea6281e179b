from typing import Literal

ImageEditingReframeInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_REFRAME_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingReframeInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_reframe_input_safety_tolerance(
    value: str,
) -> ImageEditingReframeInputSafetyTolerance:
    if value in IMAGE_EDITING_REFRAME_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_REFRAME_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
