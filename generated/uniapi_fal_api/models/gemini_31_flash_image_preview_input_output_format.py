from typing import Literal

Gemini31FlashImagePreviewInputOutputFormat = Literal["jpeg", "png", "webp"]

GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES: set[
    Gemini31FlashImagePreviewInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_gemini_31_flash_image_preview_input_output_format(
    value: str,
) -> Gemini31FlashImagePreviewInputOutputFormat:
    if value in GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_31_FLASH_IMAGE_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
