from typing import Literal

Gemini3ProImagePreviewEditInputOutputFormat = Literal["jpeg", "png", "webp"]

GEMINI_3_PRO_IMAGE_PREVIEW_EDIT_INPUT_OUTPUT_FORMAT_VALUES: set[
    Gemini3ProImagePreviewEditInputOutputFormat
] = {
    "jpeg",
    "png",
    "webp",
}


def check_gemini_3_pro_image_preview_edit_input_output_format(
    value: str,
) -> Gemini3ProImagePreviewEditInputOutputFormat:
    if value in GEMINI_3_PRO_IMAGE_PREVIEW_EDIT_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_3_PRO_IMAGE_PREVIEW_EDIT_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
