from typing import Literal

FashnTryonV16InputCategory = Literal["auto", "bottoms", "one-pieces", "tops"]

FASHN_TRYON_V16_INPUT_CATEGORY_VALUES: set[FashnTryonV16InputCategory] = {
    "auto",
    "bottoms",
    "one-pieces",
    "tops",
}


def check_fashn_tryon_v16_input_category(value: str) -> FashnTryonV16InputCategory:
    if value in FASHN_TRYON_V16_INPUT_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V16_INPUT_CATEGORY_VALUES!r}"
    )
