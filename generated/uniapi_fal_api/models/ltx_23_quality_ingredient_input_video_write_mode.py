from typing import Literal

Ltx23QualityIngredientInputVideoWriteMode = Literal["balanced", "fast", "small"]

LTX_23_QUALITY_INGREDIENT_INPUT_VIDEO_WRITE_MODE_VALUES: set[
    Ltx23QualityIngredientInputVideoWriteMode
] = {
    "balanced",
    "fast",
    "small",
}


def check_ltx_23_quality_ingredient_input_video_write_mode(
    value: str,
) -> Ltx23QualityIngredientInputVideoWriteMode:
    if value in LTX_23_QUALITY_INGREDIENT_INPUT_VIDEO_WRITE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_INGREDIENT_INPUT_VIDEO_WRITE_MODE_VALUES!r}"
    )
