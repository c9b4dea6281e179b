from typing import Literal

BackgroundImageFit = Literal["Contain", "Cover", "Stretch"]

BACKGROUND_IMAGE_FIT_VALUES: set[BackgroundImageFit] = {
    "Contain",
    "Cover",
    "Stretch",
}


def check_background_image_fit(value: str) -> BackgroundImageFit:
    if value in BACKGROUND_IMAGE_FIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKGROUND_IMAGE_FIT_VALUES!r}")
