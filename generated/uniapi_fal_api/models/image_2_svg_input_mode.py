from typing import Literal

Image2SvgInputMode = Literal["polygon", "spline"]

IMAGE_2_SVG_INPUT_MODE_VALUES: set[Image2SvgInputMode] = {
    "polygon",
    "spline",
}


def check_image_2_svg_input_mode(value: str) -> Image2SvgInputMode:
    if value in IMAGE_2_SVG_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_2_SVG_INPUT_MODE_VALUES!r}"
    )
