from typing import Literal

Image2PixelInputBackgroundMode = Literal["corners", "edges", "midpoints"]

IMAGE_2_PIXEL_INPUT_BACKGROUND_MODE_VALUES: set[Image2PixelInputBackgroundMode] = {
    "corners",
    "edges",
    "midpoints",
}


def check_image_2_pixel_input_background_mode(value: str) -> Image2PixelInputBackgroundMode:
    if value in IMAGE_2_PIXEL_INPUT_BACKGROUND_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_2_PIXEL_INPUT_BACKGROUND_MODE_VALUES!r}"
    )
