from typing import Literal

ImageEditingHairChangeInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_HAIR_CHANGE_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingHairChangeInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_hair_change_input_output_format(
    value: str,
) -> ImageEditingHairChangeInputOutputFormat:
    if value in IMAGE_EDITING_HAIR_CHANGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_HAIR_CHANGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
