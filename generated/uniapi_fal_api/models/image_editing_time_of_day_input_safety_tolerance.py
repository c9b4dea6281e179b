from typing import Literal

ImageEditingTimeOfDayInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

IMAGE_EDITING_TIME_OF_DAY_INPUT_SAFETY_TOLERANCE_VALUES: set[
    ImageEditingTimeOfDayInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_image_editing_time_of_day_input_safety_tolerance(
    value: str,
) -> ImageEditingTimeOfDayInputSafetyTolerance:
    if value in IMAGE_EDITING_TIME_OF_DAY_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_TIME_OF_DAY_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
