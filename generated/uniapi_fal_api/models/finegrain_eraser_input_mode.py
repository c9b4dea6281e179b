from typing import Literal

FinegrainEraserInputMode = Literal["express", "premium", "standard"]

FINEGRAIN_ERASER_INPUT_MODE_VALUES: set[FinegrainEraserInputMode] = {
    "express",
    "premium",
    "standard",
}


def check_finegrain_eraser_input_mode(value: str) -> FinegrainEraserInputMode:
    if value in FINEGRAIN_ERASER_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINEGRAIN_ERASER_INPUT_MODE_VALUES!r}"
    )
