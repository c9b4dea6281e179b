from typing import Literal

ImageEditingPhotoRestorationInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_PHOTO_RESTORATION_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingPhotoRestorationInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_photo_restoration_input_output_format(
    value: str,
) -> ImageEditingPhotoRestorationInputOutputFormat:
    if value in IMAGE_EDITING_PHOTO_RESTORATION_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_PHOTO_RESTORATION_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
