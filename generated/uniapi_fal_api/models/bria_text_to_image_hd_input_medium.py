from typing import Literal

BriaTextToImageHdInputMedium = Literal["art", "photography"]

BRIA_TEXT_TO_IMAGE_HD_INPUT_MEDIUM_VALUES: set[BriaTextToImageHdInputMedium] = {
    "art",
    "photography",
}


def check_bria_text_to_image_hd_input_medium(value: str) -> BriaTextToImageHdInputMedium:
    if value in BRIA_TEXT_TO_IMAGE_HD_INPUT_MEDIUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_TEXT_TO_IMAGE_HD_INPUT_MEDIUM_VALUES!r}"
    )
