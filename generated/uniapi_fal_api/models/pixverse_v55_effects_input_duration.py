from typing import Literal

PixverseV55EffectsInputDuration = Literal["10", "5", "8"]

PIXVERSE_V55_EFFECTS_INPUT_DURATION_VALUES: set[PixverseV55EffectsInputDuration] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v55_effects_input_duration(value: str) -> PixverseV55EffectsInputDuration:
    if value in PIXVERSE_V55_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
