from typing import Literal

Imagineart20PreviewTextToImageInputResolution = Literal["1K", "2K"]

IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES: set[
    Imagineart20PreviewTextToImageInputResolution
] = {
    "1K",
    "2K",
}


def check_imagineart_20_preview_text_to_image_input_resolution(
    value: str,
) -> Imagineart20PreviewTextToImageInputResolution:
    if value in IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGINEART_20_PREVIEW_TEXT_TO_IMAGE_INPUT_RESOLUTION_VALUES!r}"
    )
