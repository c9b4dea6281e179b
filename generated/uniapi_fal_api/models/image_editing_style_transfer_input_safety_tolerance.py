from typing import Literal

ImageEditingStyleTransferInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_STYLE_TRANSFER_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingStyleTransferInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_style_transfer_input_safety_tolerance(
    value: str,
) -> ImageEditingStyleTransferInputSafetyTolerance:
    if value in IMAGE_EDITING_STYLE_TRANSFER_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_STYLE_TRANSFER_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
