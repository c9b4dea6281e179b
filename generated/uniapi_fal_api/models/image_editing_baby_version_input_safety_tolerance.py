from typing import Literal

ImageEditingBabyVersionInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_BABY_VERSION_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingBabyVersionInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_baby_version_input_safety_tolerance(
    value: str,
) -> ImageEditingBabyVersionInputSafetyTolerance:
    if value in IMAGE_EDITING_BABY_VERSION_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_BABY_VERSION_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
