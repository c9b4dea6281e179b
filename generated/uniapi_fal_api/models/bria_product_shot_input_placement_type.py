from typing import Literal

BriaProductShotInputPlacementType = Literal[
    "automatic", "manual_padding", "manual_placement", "original"
]

BRIA_PRODUCT_SHOT_INPUT_PLACEMENT_TYPE_VALUES: set[BriaProductShotInputPlacementType] = {
    "automatic",
    "manual_padding",
    "manual_placement",
    "original",
}


def check_bria_product_shot_input_placement_type(value: str) -> BriaProductShotInputPlacementType:
    if value in BRIA_PRODUCT_SHOT_INPUT_PLACEMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_PRODUCT_SHOT_INPUT_PLACEMENT_TYPE_VALUES!r}"
    )
