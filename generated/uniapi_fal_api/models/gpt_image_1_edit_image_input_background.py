from typing import Literal

GptImage1EditImageInputBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_1_EDIT_IMAGE_INPUT_BACKGROUND_VALUES: set[GptImage1EditImageInputBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_1_edit_image_input_background(value: str) -> GptImage1EditImageInputBackground:
    if value in GPT_IMAGE_1_EDIT_IMAGE_INPUT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_EDIT_IMAGE_INPUT_BACKGROUND_VALUES!r}"
    )
