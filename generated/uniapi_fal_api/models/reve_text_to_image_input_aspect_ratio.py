from typing import Literal

ReveTextToImageInputAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"]

REVE_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[ReveTextToImageInputAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_reve_text_to_image_input_aspect_ratio(value: str) -> ReveTextToImageInputAspectRatio:
    if value in REVE_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVE_TEXT_TO_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
