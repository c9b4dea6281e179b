from typing import Literal

Gemini25FlashImageEditInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

GEMINI_25_FLASH_IMAGE_EDIT_INPUT_ASPECT_RATIO_VALUES: set[
    Gemini25FlashImageEditInputAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_gemini_25_flash_image_edit_input_aspect_ratio(
    value: str,
) -> Gemini25FlashImageEditInputAspectRatio:
    if value in GEMINI_25_FLASH_IMAGE_EDIT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_25_FLASH_IMAGE_EDIT_INPUT_ASPECT_RATIO_VALUES!r}"
    )
