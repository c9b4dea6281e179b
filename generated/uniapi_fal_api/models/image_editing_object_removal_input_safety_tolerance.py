from typing import Literal

ImageEditingObjectRemovalInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_OBJECT_REMOVAL_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingObjectRemovalInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_object_removal_input_safety_tolerance(
    value: str,
) -> ImageEditingObjectRemovalInputSafetyTolerance:
    if value in IMAGE_EDITING_OBJECT_REMOVAL_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_OBJECT_REMOVAL_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
