from typing import Literal

GptImage15InputBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_15_INPUT_BACKGROUND_VALUES: set[GptImage15InputBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_15_input_background(value: str) -> GptImage15InputBackground:
    if value in GPT_IMAGE_15_INPUT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_INPUT_BACKGROUND_VALUES!r}"
    )
