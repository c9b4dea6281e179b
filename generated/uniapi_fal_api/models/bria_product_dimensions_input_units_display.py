from typing import Literal

BriaProductDimensionsInputUnitsDisplay = Literal[
    "dual_bullet", "dual_parens", "dual_slash", "single"
]

BRIA_PRODUCT_DIMENSIONS_INPUT_UNITS_DISPLAY_VALUES: set[BriaProductDimensionsInputUnitsDisplay] = {
    "dual_bullet",
    "dual_parens",
    "dual_slash",
    "single",
}


def check_bria_product_dimensions_input_units_display(
    value: str,
) -> BriaProductDimensionsInputUnitsDisplay:
    if value in BRIA_PRODUCT_DIMENSIONS_INPUT_UNITS_DISPLAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_PRODUCT_DIMENSIONS_INPUT_UNITS_DISPLAY_VALUES!r}"
    )
