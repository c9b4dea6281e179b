from typing import Literal

Imagineart20EditPreviewImageToImageInputAspectRatio = Literal[
    "16:9", "1:1", "1:3", "21:9", "2:3", "3:1", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

IMAGINEART_20_EDIT_PREVIEW_IMAGE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[
    Imagineart20EditPreviewImageToImageInputAspectRatio
] = {
    "16:9",
    "1:1",
    "1:3",
    "21:9",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_imagineart_20_edit_preview_image_to_image_input_aspect_ratio(
    value: str,
) -> Imagineart20EditPreviewImageToImageInputAspectRatio:
    if value in IMAGINEART_20_EDIT_PREVIEW_IMAGE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGINEART_20_EDIT_PREVIEW_IMAGE_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
