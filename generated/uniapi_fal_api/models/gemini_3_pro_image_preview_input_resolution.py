from typing import Literal

Gemini3ProImagePreviewInputResolution = Literal["1K", "2K", "4K"]

GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_RESOLUTION_VALUES: set[Gemini3ProImagePreviewInputResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_gemini_3_pro_image_preview_input_resolution(
    value: str,
) -> Gemini3ProImagePreviewInputResolution:
    if value in GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_RESOLUTION_VALUES!r}"
    )
