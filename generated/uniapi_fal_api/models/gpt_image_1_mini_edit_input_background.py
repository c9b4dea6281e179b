from typing import Literal

GptImage1MiniEditInputBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_1_MINI_EDIT_INPUT_BACKGROUND_VALUES: set[GptImage1MiniEditInputBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_1_mini_edit_input_background(value: str) -> GptImage1MiniEditInputBackground:
    if value in GPT_IMAGE_1_MINI_EDIT_INPUT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_MINI_EDIT_INPUT_BACKGROUND_VALUES!r}"
    )
