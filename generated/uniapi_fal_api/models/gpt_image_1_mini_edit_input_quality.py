from typing import Literal

GptImage1MiniEditInputQuality = Literal["auto", "high", "low", "medium"]

GPT_IMAGE_1_MINI_EDIT_INPUT_QUALITY_VALUES: set[GptImage1MiniEditInputQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_gpt_image_1_mini_edit_input_quality(value: str) -> GptImage1MiniEditInputQuality:
    if value in GPT_IMAGE_1_MINI_EDIT_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_MINI_EDIT_INPUT_QUALITY_VALUES!r}"
    )
