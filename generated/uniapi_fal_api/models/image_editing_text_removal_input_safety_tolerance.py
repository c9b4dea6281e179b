from typing import Literal

ImageEditingTextRemovalInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_TEXT_REMOVAL_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingTextRemovalInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_text_removal_input_safety_tolerance(
    value: str,
) -> ImageEditingTextRemovalInputSafetyTolerance:
    if value in IMAGE_EDITING_TEXT_REMOVAL_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_TEXT_REMOVAL_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
