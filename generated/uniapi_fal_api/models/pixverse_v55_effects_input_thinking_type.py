from typing import Literal

PixverseV55EffectsInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V55_EFFECTS_INPUT_THINKING_TYPE_VALUES: set[PixverseV55EffectsInputThinkingType] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v55_effects_input_thinking_type(
    value: str,
) -> PixverseV55EffectsInputThinkingType:
    if value in PIXVERSE_V55_EFFECTS_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_EFFECTS_INPUT_THINKING_TYPE_VALUES!r}"
    )
