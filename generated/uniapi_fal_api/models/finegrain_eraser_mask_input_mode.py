from typing import Literal

FinegrainEraserMaskInputMode = Literal["express", "premium", "standard"]

FINEGRAIN_ERASER_MASK_INPUT_MODE_VALUES: set[FinegrainEraserMaskInputMode] = {
    "express",
    "premium",
    "standard",
}


def check_finegrain_eraser_mask_input_mode(value: str) -> FinegrainEraserMaskInputMode:
    if value in FINEGRAIN_ERASER_MASK_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINEGRAIN_ERASER_MASK_INPUT_MODE_VALUES!r}"
    )
