from typing import Literal

ImageEditingProfessionalPhotoInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_PROFESSIONAL_PHOTO_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingProfessionalPhotoInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_professional_photo_input_output_format(
    value: str,
) -> ImageEditingProfessionalPhotoInputOutputFormat:
    if value in IMAGE_EDITING_PROFESSIONAL_PHOTO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_PROFESSIONAL_PHOTO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
