from typing import Literal

GptImage1EditImageInputQuality = Literal["auto", "high", "low", "medium"]

GPT_IMAGE_1_EDIT_IMAGE_INPUT_QUALITY_VALUES: set[GptImage1EditImageInputQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_gpt_image_1_edit_image_input_quality(value: str) -> GptImage1EditImageInputQuality:
    if value in GPT_IMAGE_1_EDIT_IMAGE_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_EDIT_IMAGE_INPUT_QUALITY_VALUES!r}"
    )
