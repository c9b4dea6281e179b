from typing import Literal

GptImage15EditInputImageSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

GPT_IMAGE_15_EDIT_INPUT_IMAGE_SIZE_VALUES: set[GptImage15EditInputImageSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_gpt_image_15_edit_input_image_size(value: str) -> GptImage15EditInputImageSize:
    if value in GPT_IMAGE_15_EDIT_INPUT_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_EDIT_INPUT_IMAGE_SIZE_VALUES!r}"
    )
