from typing import Literal

BriaProductDimensionsInputTitlePosition = Literal["top_center", "top_left", "top_right"]

BRIA_PRODUCT_DIMENSIONS_INPUT_TITLE_POSITION_VALUES: set[
    BriaProductDimensionsInputTitlePosition
] = {
    "top_center",
    "top_left",
    "top_right",
}


def check_bria_product_dimensions_input_title_position(
    value: str,
) -> BriaProductDimensionsInputTitlePosition:
    if value in BRIA_PRODUCT_DIMENSIONS_INPUT_TITLE_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_PRODUCT_DIMENSIONS_INPUT_TITLE_POSITION_VALUES!r}"
    )
