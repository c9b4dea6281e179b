from typing import Literal

LeffaVirtualTryonInputGarmentType = Literal["dresses", "lower_body", "upper_body"]

LEFFA_VIRTUAL_TRYON_INPUT_GARMENT_TYPE_VALUES: set[LeffaVirtualTryonInputGarmentType] = {
    "dresses",
    "lower_body",
    "upper_body",
}


def check_leffa_virtual_tryon_input_garment_type(value: str) -> LeffaVirtualTryonInputGarmentType:
    if value in LEFFA_VIRTUAL_TRYON_INPUT_GARMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEFFA_VIRTUAL_TRYON_INPUT_GARMENT_TYPE_VALUES!r}"
    )
