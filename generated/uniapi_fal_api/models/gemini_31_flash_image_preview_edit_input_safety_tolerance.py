from typing import Literal

Gemini31FlashImagePreviewEditInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GEMINI_31_FLASH_IMAGE_PREVIEW_EDIT_INPUT_SAFETY_TOLERANCE_VALUES: set[
    Gemini31FlashImagePreviewEditInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_gemini_31_flash_image_preview_edit_input_safety_tolerance(
    value: str,
) -> Gemini31FlashImagePreviewEditInputSafetyTolerance:
    if value in GEMINI_31_FLASH_IMAGE_PREVIEW_EDIT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_PREVIEW_EDIT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
