from typing import Literal

ImageEditingProfessionalPhotoInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_PROFESSIONAL_PHOTO_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingProfessionalPhotoInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_professional_photo_input_safety_tolerance(
    value: str,
) -> ImageEditingProfessionalPhotoInputSafetyTolerance:
    if value in IMAGE_EDITING_PROFESSIONAL_PHOTO_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_PROFESSIONAL_PHOTO_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
