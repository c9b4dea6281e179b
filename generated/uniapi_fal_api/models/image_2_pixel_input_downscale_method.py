from typing import Literal

Image2PixelInputDownscaleMethod = Literal["content-adaptive", "dominant", "mean", "median", "mode"]

IMAGE_2_PIXEL_INPUT_DOWNSCALE_METHOD_VALUES: set[Image2PixelInputDownscaleMethod] = {
    "content-adaptive",
    "dominant",
    "mean",
    "median",
    "mode",
}


def check_image_2_pixel_input_downscale_method(value: str) -> Image2PixelInputDownscaleMethod:
    if value in IMAGE_2_PIXEL_INPUT_DOWNSCALE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_2_PIXEL_INPUT_DOWNSCALE_METHOD_VALUES!r}"
    )
