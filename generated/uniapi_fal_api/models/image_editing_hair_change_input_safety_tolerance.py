from typing import Literal

ImageEditingHairChangeInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_HAIR_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingHairChangeInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_hair_change_input_safety_tolerance(
    value: str,
) -> ImageEditingHairChangeInputSafetyTolerance:
    if value in IMAGE_EDITING_HAIR_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_HAIR_CHANGE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
