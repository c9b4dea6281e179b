from typing import Literal

PixverseV45TransitionInputDuration = Literal["5", "8"]

PIXVERSE_V45_TRANSITION_INPUT_DURATION_VALUES: set[PixverseV45TransitionInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v45_transition_input_duration(value: str) -> PixverseV45TransitionInputDuration:
    if value in PIXVERSE_V45_TRANSITION_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_TRANSITION_INPUT_DURATION_VALUES!r}"
    )
