from typing import Literal

BriaTextToImageBaseInputMedium = Literal["art", "photography"]

BRIA_TEXT_TO_IMAGE_BASE_INPUT_MEDIUM_VALUES: set[BriaTextToImageBaseInputMedium] = {
    "art",
    "photography",
}


def check_bria_text_to_image_base_input_medium(value: str) -> BriaTextToImageBaseInputMedium:
    if value in BRIA_TEXT_TO_IMAGE_BASE_INPUT_MEDIUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_TEXT_TO_IMAGE_BASE_INPUT_MEDIUM_VALUES!r}"
    )
