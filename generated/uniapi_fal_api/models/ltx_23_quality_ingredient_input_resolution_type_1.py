from typing import Literal

Ltx23QualityIngredientInputResolutionType1 = Literal[
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
]

LTX_23_QUALITY_INGREDIENT_INPUT_RESOLUTION_TYPE_1_VALUES: set[
    Ltx23QualityIngredientInputResolutionType1
] = {
    "auto",
    "landscape_16_9",
    "landscape_4_3",
    "portrait_16_9",
    "portrait_4_3",
    "square",
    "square_hd",
}


def check_ltx_23_quality_ingredient_input_resolution_type_1(
    value: str,
) -> Ltx23QualityIngredientInputResolutionType1:
    if value in LTX_23_QUALITY_INGREDIENT_INPUT_RESOLUTION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INGREDIENT_INPUT_RESOLUTION_TYPE_1_VALUES!r}"
    )
