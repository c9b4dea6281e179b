from typing import Literal

GptImage1EditImageInputImageSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

GPT_IMAGE_1_EDIT_IMAGE_INPUT_IMAGE_SIZE_VALUES: set[GptImage1EditImageInputImageSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_gpt_image_1_edit_image_input_image_size(value: str) -> GptImage1EditImageInputImageSize:
    if value in GPT_IMAGE_1_EDIT_IMAGE_INPUT_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_EDIT_IMAGE_INPUT_IMAGE_SIZE_VALUES!r}"
    )
