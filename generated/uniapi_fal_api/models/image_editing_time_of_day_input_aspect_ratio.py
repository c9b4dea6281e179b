from typing import Literal

ImageEditingTimeOfDayInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16", "9:21"
]

IMAGE_EDITING_TIME_OF_DAY_INPUT_ASPECT_RATIO_VALUES: set[ImageEditingTimeOfDayInputAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
    "9:21",
}


def check_image_editing_time_of_day_input_aspect_ratio(
    value: str,
) -> ImageEditingTimeOfDayInputAspectRatio:
    if value in IMAGE_EDITING_TIME_OF_DAY_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_TIME_OF_DAY_INPUT_ASPECT_RATIO_VALUES!r}"
    )
