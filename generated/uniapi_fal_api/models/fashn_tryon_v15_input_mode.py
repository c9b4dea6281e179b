from typing import Literal

FashnTryonV15InputMode = Literal["balanced", "performance", "quality"]

FASHN_TRYON_V15_INPUT_MODE_VALUES: set[FashnTryonV15InputMode] = {
    "balanced",
    "performance",
    "quality",
}


def check_fashn_tryon_v15_input_mode(value: str) -> FashnTryonV15InputMode:
    if value in FASHN_TRYON_V15_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V15_INPUT_MODE_VALUES!r}"
    )
