from typing import Literal

ImageEditingAgeProgressionInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_AGE_PROGRESSION_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingAgeProgressionInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_age_progression_input_safety_tolerance(
    value: str,
) -> ImageEditingAgeProgressionInputSafetyTolerance:
    if value in IMAGE_EDITING_AGE_PROGRESSION_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_AGE_PROGRESSION_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
