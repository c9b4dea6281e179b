from typing import Literal

Image2SvgInputColormode = Literal["binary", "color"]

IMAGE_2_SVG_INPUT_COLORMODE_VALUES: set[Image2SvgInputColormode] = {
    "binary",
    "color",
}


def check_image_2_svg_input_colormode(value: str) -> Image2SvgInputColormode:
    if value in IMAGE_2_SVG_INPUT_COLORMODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_2_SVG_INPUT_COLORMODE_VALUES!r}"
    )
