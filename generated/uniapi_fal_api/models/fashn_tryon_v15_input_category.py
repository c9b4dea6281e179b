from typing import Literal

FashnTryonV15InputCategory = Literal["auto", "bottoms", "one-pieces", "tops"]

FASHN_TRYON_V15_INPUT_CATEGORY_VALUES: set[FashnTryonV15InputCategory] = {
    "auto",
    "bottoms",
    "one-pieces",
    "tops",
}


def check_fashn_tryon_v15_input_category(value: str) -> FashnTryonV15InputCategory:
    if value in FASHN_TRYON_V15_INPUT_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V15_INPUT_CATEGORY_VALUES!r}"
    )
