from typing import Literal

Gemini31FlashImagePreviewInputResolution = Literal["0.5K", "1K", "2K", "4K"]

GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_RESOLUTION_VALUES: set[
    Gemini31FlashImagePreviewInputResolution
] = {
    "0.5K",
    "1K",
    "2K",
    "4K",
}


def check_gemini_31_flash_image_preview_input_resolution(
    value: str,
) -> Gemini31FlashImagePreviewInputResolution:
    if value in GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_RESOLUTION_VALUES!r}"
    )
