from typing import Literal

PixverseV4EffectsInputDuration = Literal["5", "8"]

PIXVERSE_V4_EFFECTS_INPUT_DURATION_VALUES: set[PixverseV4EffectsInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v4_effects_input_duration(value: str) -> PixverseV4EffectsInputDuration:
    if value in PIXVERSE_V4_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
