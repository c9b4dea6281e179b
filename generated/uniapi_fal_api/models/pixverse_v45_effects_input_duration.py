from typing import Literal

PixverseV45EffectsInputDuration = Literal["5", "8"]

PIXVERSE_V45_EFFECTS_INPUT_DURATION_VALUES: set[PixverseV45EffectsInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v45_effects_input_duration(value: str) -> PixverseV45EffectsInputDuration:
    if value in PIXVERSE_V45_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
