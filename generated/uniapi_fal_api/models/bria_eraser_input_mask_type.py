from typing import Literal

BriaEraserInputMaskType = Literal["automatic", "manual"]

BRIA_ERASER_INPUT_MASK_TYPE_VALUES: set[BriaEraserInputMaskType] = {
    "automatic",
    "manual",
}


def check_bria_eraser_input_mask_type(value: str) -> BriaEraserInputMaskType:
    if value in BRIA_ERASER_INPUT_MASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BRIA_ERASER_INPUT_MASK_TYPE_VALUES!r}"
    )
