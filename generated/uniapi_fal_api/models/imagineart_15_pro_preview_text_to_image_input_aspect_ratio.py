from typing import Literal

Imagineart15ProPreviewTextToImageInputAspectRatio = Literal[
    "16:9", "1:1", "1:3", "2:3", "3:1", "3:2", "3:4", "4:3", "9:16"
]

IMAGINEART_15_PRO_PREVIEW_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    Imagineart15ProPreviewTextToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "1:3",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_imagineart_15_pro_preview_text_to_image_input_aspect_ratio(
    value: str,
) -> Imagineart15ProPreviewTextToImageInputAspectRatio:
    if value in IMAGINEART_15_PRO_PREVIEW_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGINEART_15_PRO_PREVIEW_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
