from typing import Literal

Image2SvgInputHierarchical = Literal["cutout", "stacked"]

IMAGE_2_SVG_INPUT_HIERARCHICAL_VALUES: set[Image2SvgInputHierarchical] = {
    "cutout",
    "stacked",
}


def check_image_2_svg_input_hierarchical(value: str) -> Image2SvgInputHierarchical:
    if value in IMAGE_2_SVG_INPUT_HIERARCHICAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_2_SVG_INPUT_HIERARCHICAL_VALUES!r}"
    )
