from typing import Literal

ImageEditingAgeProgressionInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_AGE_PROGRESSION_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingAgeProgressionInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_age_progression_input_output_format(
    value: str,
) -> ImageEditingAgeProgressionInputOutputFormat:
    if value in IMAGE_EDITING_AGE_PROGRESSION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_AGE_PROGRESSION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
