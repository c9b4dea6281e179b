from typing import Literal

FinegrainEraserBboxInputMode = Literal["express", "premium", "standard"]

FINEGRAIN_ERASER_BBOX_INPUT_MODE_VALUES: set[FinegrainEraserBboxInputMode] = {
    "express",
    "premium",
    "standard",
}


def check_finegrain_eraser_bbox_input_mode(value: str) -> FinegrainEraserBboxInputMode:
    if value in FINEGRAIN_ERASER_BBOX_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINEGRAIN_ERASER_BBOX_INPUT_MODE_VALUES!r}"
    )
