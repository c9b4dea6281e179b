from typing import Literal

BriaTextToImageHdInputAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16"
]

BRIA_TEXT_TO_IMAGE_HD_INPUT_ASPECT_RATIO_VALUES: set[BriaTextToImageHdInputAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
}


def check_bria_text_to_image_hd_input_aspect_ratio(value: str) -> BriaTextToImageHdInputAspectRatio:
    if value in BRIA_TEXT_TO_IMAGE_HD_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_TEXT_TO_IMAGE_HD_INPUT_ASPECT_RATIO_VALUES!r}"
    )
