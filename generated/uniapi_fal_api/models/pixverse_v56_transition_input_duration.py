from typing import Literal

PixverseV56TransitionInputDuration = Literal["10", "5", "8"]

PIXVERSE_V56_TRANSITION_INPUT_DURATION_VALUES: set[PixverseV56TransitionInputDuration] = {
    "10",
    "5",
    "8",
}


def check_pixverse_v56_transition_input_duration(value: str) -> PixverseV56TransitionInputDuration:
    if value in PIXVERSE_V56_TRANSITION_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TRANSITION_INPUT_DURATION_VALUES!r}"
    )
