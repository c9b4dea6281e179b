from typing import Literal

ImageEditingFaceEnhancementInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingFaceEnhancementInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_face_enhancement_input_safety_tolerance(
    value: str,
) -> ImageEditingFaceEnhancementInputSafetyTolerance:
    if value in IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
