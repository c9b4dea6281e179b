from typing import Literal

PixverseV55TransitionInputDuration = Literal["10", "5", "8"]

PIXVERSE_V55_TRANSITION_INPUT_DURATION_VALUES: set[PixverseV55TransitionInputDuration] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v55_transition_input_duration(value: str) -> PixverseV55TransitionInputDuration:
    if value in PIXVERSE_V55_TRANSITION_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TRANSITION_INPUT_DURATION_VALUES!r}"
    )
