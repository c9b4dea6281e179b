from typing import Literal

GlmImageImageToImageInputOutputFormat = Literal["jpeg", "png"]

GLM_IMAGE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[GlmImageImageToImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_glm_image_image_to_image_input_output_format(
    value: str,
) -> GlmImageImageToImageInputOutputFormat:
    if value in GLM_IMAGE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLM_IMAGE_IMAGE_TO_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
