from typing import Literal

Gemini3ProImagePreviewInputSafetyTolerance = Literal["1", "2", "3", "4", "5", "6"]

GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_SAFETY_TOLERANCE_VALUES: set[
    Gemini3ProImagePreviewInputSafetyTolerance
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_gemini_3_pro_image_preview_input_safety_tolerance(
    value: str,
) -> Gemini3ProImagePreviewInputSafetyTolerance:
    if value in GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_SAFETY_TOLERANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_SAFETY_TOLERANCE_VALUES!r}"
    )
