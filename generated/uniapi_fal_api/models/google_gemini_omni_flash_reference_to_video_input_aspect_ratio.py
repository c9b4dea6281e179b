from typing import Literal

GoogleGeminiOmniFlashReferenceToVideoInputAspectRatio = Literal["16:9", "9:16"]

GOOGLE_GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    GoogleGeminiOmniFlashReferenceToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_google_gemini_omni_flash_reference_to_video_input_aspect_ratio(
    value: str,
) -> GoogleGeminiOmniFlashReferenceToVideoInputAspectRatio:
    if value in GOOGLE_GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_GEMINI_OMNI_FLASH_REFERENCE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
