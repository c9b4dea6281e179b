from typing import Literal

GoogleGeminiOmniFlashImageToVideoInputAspectRatio = Literal["16:9", "9:16"]

GOOGLE_GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    GoogleGeminiOmniFlashImageToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_google_gemini_omni_flash_image_to_video_input_aspect_ratio(
    value: str,
) -> GoogleGeminiOmniFlashImageToVideoInputAspectRatio:
    if value in GOOGLE_GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GOOGLE_GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
