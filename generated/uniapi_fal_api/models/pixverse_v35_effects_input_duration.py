from typing import Literal

PixverseV35EffectsInputDuration = Literal["5", "8"]

PIXVERSE_V35_EFFECTS_INPUT_DURATION_VALUES: set[PixverseV35EffectsInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v35_effects_input_duration(value: str) -> PixverseV35EffectsInputDuration:
    if value in PIXVERSE_V35_EFFECTS_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_EFFECTS_INPUT_DURATION_VALUES!r}"
    )
