from typing import Literal

FashnTryonV16InputModerationLevel = Literal["conservative", "none", "permissive"]

FASHN_TRYON_V16_INPUT_MODERATION_LEVEL_VALUES: set[FashnTryonV16InputModerationLevel] = {
    "conservative",
    "none",
    "permissive",
}


def check_fashn_tryon_v16_input_moderation_level(value: str) -> FashnTryonV16InputModerationLevel:
    if value in FASHN_TRYON_V16_INPUT_MODERATION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V16_INPUT_MODERATION_LEVEL_VALUES!r}"
    )
