from typing import Literal

ImageEditingColorCorrectionInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_COLOR_CORRECTION_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingColorCorrectionInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_color_correction_input_safety_tolerance(
    value: str,
) -> ImageEditingColorCorrectionInputSafetyTolerance:
    if value in IMAGE_EDITING_COLOR_CORRECTION_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_COLOR_CORRECTION_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
