from typing import Literal

Gemini31FlashImagePreviewInputThinkingLevel = Literal["high", "minimal"]

GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_THINKING_LEVEL_VALUES: set[
    Gemini31FlashImagePreviewInputThinkingLevel
] = {
    "high",
    "minimal",
}


def check_gemini_31_flash_image_preview_input_thinking_level(
    value: str,
) -> Gemini31FlashImagePreviewInputThinkingLevel:
    if value in GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_THINKING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_THINKING_LEVEL_VALUES!r}"
    )
