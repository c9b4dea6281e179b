from typing import Literal

GoogleGeminiOmniFlashInputAspectRatio = Literal["16:9", "9:16"]

GOOGLE_GEMINI_OMNI_FLASH_INPUT_ASPECT_RATIO_VALUES: set[GoogleGeminiOmniFlashInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_google_gemini_omni_flash_input_aspect_ratio(
    value: str,
) -> GoogleGeminiOmniFlashInputAspectRatio:
    if value in GOOGLE_GEMINI_OMNI_FLASH_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_GEMINI_OMNI_FLASH_INPUT_ASPECT_RATIO_VALUES!r}"
    )
