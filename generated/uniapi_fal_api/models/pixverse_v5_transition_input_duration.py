from typing import Literal

PixverseV5TransitionInputDuration = Literal["5", "8"]

PIXVERSE_V5_TRANSITION_INPUT_DURATION_VALUES: set[PixverseV5TransitionInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v5_transition_input_duration(value: str) -> PixverseV5TransitionInputDuration:
    if value in PIXVERSE_V5_TRANSITION_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_TRANSITION_INPUT_DURATION_VALUES!r}"
    )
