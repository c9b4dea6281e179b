from typing import Literal

PixverseV35TransitionInputDuration = Literal["5", "8"]

PIXVERSE_V35_TRANSITION_INPUT_DURATION_VALUES: set[PixverseV35TransitionInputDuration] = {
    "5",
    "8",
}


def check_pixverse_v35_transition_input_duration(value: str) -> PixverseV35TransitionInputDuration:
    if value in PIXVERSE_V35_TRANSITION_INPUT_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_TRANSITION_INPUT_DURATION_VALUES!r}"
    )
