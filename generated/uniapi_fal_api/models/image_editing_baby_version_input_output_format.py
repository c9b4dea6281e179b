from typing import Literal

ImageEditingBabyVersionInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_BABY_VERSION_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingBabyVersionInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_baby_version_input_output_format(
    value: str,
) -> ImageEditingBabyVersionInputOutputFormat:
    if value in IMAGE_EDITING_BABY_VERSION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_BABY_VERSION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
