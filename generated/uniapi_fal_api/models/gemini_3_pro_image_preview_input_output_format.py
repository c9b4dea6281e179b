from typing import Literal

Gemini3ProImagePreviewInputOutputFormat = Literal["jpeg", "png", "webp"]

GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES: set[
    Gemini3ProImagePreviewInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_gemini_3_pro_image_preview_input_output_format(
    value: str,
) -> Gemini3ProImagePreviewInputOutputFormat:
    if value in GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_3_PRO_IMAGE_PREVIEW_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
