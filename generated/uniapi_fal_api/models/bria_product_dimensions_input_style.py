from typing import Literal

BriaProductDimensionsInputStyle = Literal["childlike", "default", "elegant"]

BRIA_PRODUCT_DIMENSIONS_INPUT_STYLE_VALUES: set[BriaProductDimensionsInputStyle] = {
    "childlike",
    "default",
    "elegant",
}


def check_bria_product_dimensions_input_style(value: str) -> BriaProductDimensionsInputStyle:
    if value in BRIA_PRODUCT_DIMENSIONS_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_PRODUCT_DIMENSIONS_INPUT_STYLE_VALUES!r}"
    )
