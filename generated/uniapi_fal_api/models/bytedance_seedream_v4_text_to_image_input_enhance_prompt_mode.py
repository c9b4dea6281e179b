from typing import Literal

BytedanceSeedreamV4TextToImageInputEnhancePromptMode = Literal["fast", "standard"]

BYTEDANCE_SEEDREAM_V4_TEXT_TO_IMAGE_INPUT_ENHANCE_PROMPT_MODE_VALUES: set[
    BytedanceSeedreamV4TextToImageInputEnhancePromptMode
] = {
    "fast",
    "standard",
}


def check_bytedance_seedream_v4_text_to_image_input_enhance_prompt_mode(
    value: str,
) -> BytedanceSeedreamV4TextToImageInputEnhancePromptMode:
    if value in BYTEDANCE_SEEDREAM_V4_TEXT_TO_IMAGE_INPUT_ENHANCE_PROMPT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_V4_TEXT_TO_IMAGE_INPUT_ENHANCE_PROMPT_MODE_VALUES!r}"
    )
