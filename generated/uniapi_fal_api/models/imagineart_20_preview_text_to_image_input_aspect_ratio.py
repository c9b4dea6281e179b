from typing import Literal

Imagineart20PreviewTextToImageInputAspectRatio = Literal[
    "16:9",
    "1:1",
    "1:3",
    "1:4",
    "21:9",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
]

IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    Imagineart20PreviewTextToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "1:3",
    "1:4",
    "21:9",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
}


def check_imagineart_20_preview_text_to_image_input_aspect_ratio(
    value: str,
) -> Imagineart20PreviewTextToImageInputAspectRatio:
    if value in IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
