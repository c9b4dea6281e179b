from typing import Literal

Gemini25FlashImageInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GEMINI_25_FLASH_IMAGE_INPUT_SAFETY_TOLERANCE_VALUES: set[Gemini25FlashImageInputSafetyTolerance] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_gemini_25_flash_image_input_safety_tolerance(
    value: str,
) -> Gemini25FlashImageInputSafetyTolerance:
    if value in GEMINI_25_FLASH_IMAGE_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_25_FLASH_IMAGE_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
