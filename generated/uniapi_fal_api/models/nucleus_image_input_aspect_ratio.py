from typing import Literal

NucleusImageInputAspectRatio = Literal["16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"]

NUCLEUS_IMAGE_INPUT_ASPECT_RATIO_VALUES: set[NucleusImageInputAspectRatio] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_nucleus_image_input_aspect_ratio(value: str) -> NucleusImageInputAspectRatio:
    if value in NUCLEUS_IMAGE_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUCLEUS_IMAGE_INPUT_ASPECT_RATIO_VALUES!r}"
    )
