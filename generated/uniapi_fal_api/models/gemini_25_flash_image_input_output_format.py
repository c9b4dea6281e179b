from typing import Literal

Gemini25FlashImageInputOutputFormat = Literal["jpeg", "png", "webp"]

GEMINI_25_FLASH_IMAGE_INPUT_OUTPUT_FORMAT_VALUES: set[Gemini25FlashImageInputOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_gemini_25_flash_image_input_output_format(
    value: str,
) -> Gemini25FlashImageInputOutputFormat:
    if value in GEMINI_25_FLASH_IMAGE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_25_FLASH_IMAGE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
