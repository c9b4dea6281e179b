from typing import Literal

Ltx23QualityIngredientInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_INGREDIENT_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityIngredientInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_ingredient_input_video_quality(
    value: str,
) -> Ltx23QualityIngredientInputVideoQuality:
    if value in LTX_23_QUALITY_INGREDIENT_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INGREDIENT_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
