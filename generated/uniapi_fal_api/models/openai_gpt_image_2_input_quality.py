from typing import Literal

OpenaiGptImage2InputQuality = Literal["auto", "high", "low", "medium"]

OPENAI_GPT_IMAGE_2_INPUT_QUALITY_VALUES: set[OpenaiGptImage2InputQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_openai_gpt_image_2_input_quality(value: str) -> OpenaiGptImage2InputQuality:
    if value in OPENAI_GPT_IMAGE_2_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPENAI_GPT_IMAGE_2_INPUT_QUALITY_VALUES!r}"
    )
