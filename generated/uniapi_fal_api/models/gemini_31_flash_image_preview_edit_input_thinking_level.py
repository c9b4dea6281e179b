from typing import Literal

Gemini31FlashImagePreviewEditInputThinkingLevel = Literal["high", "minimal"]

GEMINI_31_FLASH_IMAGE_PREVIEW_EDIT_INPUT_THINKING_LEVEL_VALUES: set[
    Gemini31FlashImagePreviewEditInputThinkingLevel
] = {
    "high",
    "minimal",
}


def check_gemini_31_flash_image_preview_edit_input_thinking_level(
    value: str,
) -> Gemini31FlashImagePreviewEditInputThinkingLevel:
    if value in GEMINI_31_FLASH_IMAGE_PREVIEW_EDIT_INPUT_THINKING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_PREVIEW_EDIT_INPUT_THINKING_LEVEL_VALUES!r}"
    )
