from typing import Literal

GptImage1TextToImageInputQuality = Literal["auto", "high", "low", "medium"]

GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_QUALITY_VALUES: set[GptImage1TextToImageInputQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_gpt_image_1_text_to_image_input_quality(value: str) -> GptImage1TextToImageInputQuality:
    if value in GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_TEXT_TO_IMAGE_INPUT_QUALITY_VALUES!r}"
    )
