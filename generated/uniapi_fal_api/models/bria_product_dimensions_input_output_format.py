from typing import Literal

BriaProductDimensionsInputOutputFormat = Literal["dual", "jpeg", "png"]

BRIA_PRODUCT_DIMENSIONS_INPUT_OUTPUT_FORMAT_VALUES: set[BriaProductDimensionsInputOutputFormat] = {
    "dual",
    "jpeg",
    "png",
}


def check_bria_product_dimensions_input_output_format(
    value: str,
) -> BriaProductDimensionsInputOutputFormat:
    if value in BRIA_PRODUCT_DIMENSIONS_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_PRODUCT_DIMENSIONS_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
