from typing import Literal

BriaProductShotInputManualPlacementSelection = Literal[
    "bottom_center",
    "bottom_left",
    "bottom_right",
    "center_horizontal",
    "center_vertical",
    "left_center",
    "right_center",
    "upper_center",
    "upper_left",
    "upper_right",
]

BRIA_PRODUCT_SHOT_INPUT_MANUAL_PLACEMENT_SELECTION_VALUES: set[
    BriaProductShotInputManualPlacementSelection
] = {
    "bottom_center",
    "bottom_left",
    "bottom_right",
    "center_horizontal",
    "center_vertical",
    "left_center",
    "right_center",
    "upper_center",
    "upper_left",
    "upper_right",
}


def check_bria_product_shot_input_manual_placement_selection(
    value: str,
) -> BriaProductShotInputManualPlacementSelection:
    if value in BRIA_PRODUCT_SHOT_INPUT_MANUAL_PLACEMENT_SELECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_PRODUCT_SHOT_INPUT_MANUAL_PLACEMENT_SELECTION_VALUES!r}"
    )
