from typing import Literal

Gemini3ProImagePreviewEditInputAspectRatio = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

GEMINI_3_PRO_IMAGE_PREVIEW_EDIT_INPUT_ASPECT_RATIO_VALUES: set[
    Gemini3ProImagePreviewEditInputAspectRatio
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


def check_gemini_3_pro_image_preview_edit_input_aspect_ratio(
    value: str,
) -> Gemini3ProImagePreviewEditInputAspectRatio:
    if value in GEMINI_3_PRO_IMAGE_PREVIEW_EDIT_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_3_PRO_IMAGE_PREVIEW_EDIT_INPUT_ASPECT_RATIO_VALUES!r}"
    )
