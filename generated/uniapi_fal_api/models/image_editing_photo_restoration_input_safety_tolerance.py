from typing import Literal

ImageEditingPhotoRestorationInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_PHOTO_RESTORATION_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingPhotoRestorationInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_photo_restoration_input_safety_tolerance(
    value: str,
) -> ImageEditingPhotoRestorationInputSafetyTolerance:
    if value in IMAGE_EDITING_PHOTO_RESTORATION_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_PHOTO_RESTORATION_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
