from typing import Literal

Gemini25FlashImageEditInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GEMINI_25_FLASH_IMAGE_EDIT_INPUT_SAFETY_TOLERANCE_VALUES: set[
    Gemini25FlashImageEditInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_gemini_25_flash_image_edit_input_safety_tolerance(
    value: str,
) -> Gemini25FlashImageEditInputSafetyTolerance:
    if value in GEMINI_25_FLASH_IMAGE_EDIT_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_25_FLASH_IMAGE_EDIT_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
