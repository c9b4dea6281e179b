from typing import Literal

GlmImageInputOutputFormat = Literal["jpeg", "png"]

GLM_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[GlmImageInputOutputFormat] = {
    "jpeg",
    "png",
}


def check_glm_image_input_output_format(value: str) -> GlmImageInputOutputFormat:
    if value in GLM_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GLM_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
