from typing import Literal

BriaTextToImageFastInputMedium = Literal["art", "photography"]

BRIA_TEXT_TO_IMAGE_FAST_INPUT_MEDIUM_VALUES: set[BriaTextToImageFastInputMedium] = {
    "art",
    "photography",
}


def check_bria_text_to_image_fast_input_medium(value: str) -> BriaTextToImageFastInputMedium:
    if value in BRIA_TEXT_TO_IMAGE_FAST_INPUT_MEDIUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_TEXT_TO_IMAGE_FAST_INPUT_MEDIUM_VALUES!r}"
    )
