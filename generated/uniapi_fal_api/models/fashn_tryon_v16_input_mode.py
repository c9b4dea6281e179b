from typing import Literal

FashnTryonV16InputMode = Literal["balanced", "performance", "quality"]

FASHN_TRYON_V16_INPUT_MODE_VALUES: set[FashnTryonV16InputMode] = {
    "balanced",
    "performance",
    "quality",
}


def check_fashn_tryon_v16_input_mode(value: str) -> FashnTryonV16InputMode:
    if value in FASHN_TRYON_V16_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V16_INPUT_MODE_VALUES!r}"
    )
