from typing import Literal

ImageEditingFaceEnhancementInputOutputFormat = Literal["jpeg", "png"]

IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_OUTPUT_FORMAT_VALUES: set[
    ImageEditingFaceEnhancementInputOutputFormat
] = {
    "jpeg",
    "png",
}


def check_image_editing_face_enhancement_input_output_format(
    value: str,
) -> ImageEditingFaceEnhancementInputOutputFormat:
    if value in IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDITING_FACE_ENHANCEMENT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
