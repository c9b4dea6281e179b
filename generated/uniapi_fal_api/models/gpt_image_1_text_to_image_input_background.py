from typing import Literal

GptImage1TextToImageInputBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_BACKGROUND_VALUES: set[GptImage1TextToImageInputBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_1_text_to_image_input_background(
    value: str,
) -> GptImage1TextToImageInputBackground:
    if value in GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_BACKGROUND_VALUES!r}"
    )
