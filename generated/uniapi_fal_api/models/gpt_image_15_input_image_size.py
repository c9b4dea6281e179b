from typing import Literal

GptImage15InputImageSize = Literal["1024x1024", "1024x1536", "1536x1024"]

GPT_IMAGE_15_INPUT_IMAGE_SIZE_VALUES: set[GptImage15InputImageSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
}


def check_gpt_image_15_input_image_size(value: str) -> GptImage15InputImageSize:
    if value in GPT_IMAGE_15_INPUT_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_INPUT_IMAGE_SIZE_VALUES!r}"
    )
