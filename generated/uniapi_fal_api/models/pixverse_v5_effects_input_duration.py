from typing import Literal

PixverseV5EffectsInputDuration = Literal["5", "8"]

PIXVERSE_V5_EFFECTS_INPUT_DURATION_VALUES: set[PixverseV5EffectsInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v5_effects_input_duration(value: str) -> PixverseV5EffectsInputDuration:
    if value in PIXVERSE_V5_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
