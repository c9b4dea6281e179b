from typing import Literal

ImageEditingTimeOfDayInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_TIME_OF_DAY_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingTimeOfDayInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_time_of_day_input_output_format(
    value: str,
) -> ImageEditingTimeOfDayInputOutputFormat:
    if value in IMAGE_EDITING_TIME_OF_DAY_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_TIME_OF_DAY_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
