from typing import Literal

GptImage15EditInputQuality = Literal["high", "low", "medium"]

GPT_IMAGE_15_EDIT_INPUT_QUALITY_VALUES: set[GptImage15EditInputQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_15_edit_input_quality(value: str) -> GptImage15EditInputQuality:
    if value in GPT_IMAGE_15_EDIT_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_EDIT_INPUT_QUALITY_VALUES!r}"
    )
