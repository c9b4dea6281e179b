from typing import Literal

GptImage1MiniInputQuality = Literal["auto", "high", "low", "medium"]

GPT_IMAGE_1_MINI_INPUT_QUALITY_VALUES: set[GptImage1MiniInputQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_gpt_image_1_mini_input_quality(value: str) -> GptImage1MiniInputQuality:
    if value in GPT_IMAGE_1_MINI_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_MINI_INPUT_QUALITY_VALUES!r}"
    )
