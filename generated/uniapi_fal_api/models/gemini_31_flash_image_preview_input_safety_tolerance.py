from typing import Literal

Gemini31FlashImagePreviewInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_SAFETY_TOLERANCE_VALUES: set[
    Gemini31FlashImagePreviewInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_gemini_31_flash_image_preview_input_safety_tolerance(
    value: str,
) -> Gemini31FlashImagePreviewInputSafetyTolerance:
    if value in GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
