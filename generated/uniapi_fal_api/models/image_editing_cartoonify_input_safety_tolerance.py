from typing import Literal

ImageEditingCartoonifyInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_CARTOONIFY_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingCartoonifyInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_cartoonify_input_safety_tolerance(
    value: str,
) -> ImageEditingCartoonifyInputSafetyTolerance:
    if value in IMAGE_EDITING_CARTOONIFY_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_CARTOONIFY_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
