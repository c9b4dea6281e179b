from typing import Literal

Image2PixelInputDetectMethod = Literal["auto", "edge", "runs"]

IMAGE_2_PIXEL_INPUT_DETECT_METHOD_VALUES: set[Image2PixelInputDetectMethod] = {
    "auto",
    "edge",
    "runs",
}


def check_image_2_pixel_input_detect_method(value: str) -> Image2PixelInputDetectMethod:
    if value in IMAGE_2_PIXEL_INPUT_DETECT_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_2_PIXEL_INPUT_DETECT_METHOD_VALUES!r}"
    )
