from typing import Literal

OpenaiGptImage2EditInputQuality = Literal["auto", "high", "low", "medium"]

OPENAI_GPT_IMAGE_2_EDIT_INPUT_QUALITY_VALUES: set[OpenaiGptImage2EditInputQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_openai_gpt_image_2_edit_input_quality(value: str) -> OpenaiGptImage2EditInputQuality:
    if value in OPENAI_GPT_IMAGE_2_EDIT_INPUT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPENAI_GPT_IMAGE_2_EDIT_INPUT_QUALITY_VALUES!r}"
    )
