from typing import Literal

GptImage15EditInputBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_15_EDIT_INPUT_BACKGROUND_VALUES: set[GptImage15EditInputBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_15_edit_input_background(value: str) -> GptImage15EditInputBackground:
    if value in GPT_IMAGE_15_EDIT_INPUT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_EDIT_INPUT_BACKGROUND_VALUES!r}"
    )
