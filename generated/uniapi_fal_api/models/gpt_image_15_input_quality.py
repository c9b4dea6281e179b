from typing import Literal

GptImage15InputQuality = Literal["high", "low", "medium"]

GPT_IMAGE_15_INPUT_QUALITY_VALUES: set[GptImage15InputQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_15_input_quality(value: str) -> GptImage15InputQuality:
    if value in GPT_IMAGE_15_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_INPUT_QUALITY_VALUES!r}"
    )
