from typing import Literal

ImageEditingBackgroundChangeInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_BACKGROUND_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingBackgroundChangeInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_background_change_input_safety_tolerance(
    value: str,
) -> ImageEditingBackgroundChangeInputSafetyTolerance:
    if value in IMAGE_EDITING_BACKGROUND_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_BACKGROUND_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
