from typing import Literal

FashnTryonV15InputModerationLevel = Literal["conservative", "none", "permissive"]

FASHN_TRYON_V15_INPUT_MODERATION_LEVEL_VALUES: set[FashnTryonV15InputModerationLevel] = {
    "conservative",
    "none",
    "permissive",
}


def check_fashn_tryon_v15_input_moderation_level(value: str) -> FashnTryonV15InputModerationLevel:
    if value in FASHN_TRYON_V15_INPUT_MODERATION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FASHN_TRYON_V15_INPUT_MODERATION_LEVEL_VALUES!r}"
    )
