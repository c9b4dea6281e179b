from typing import Literal

PixverseV56TransitionInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V56_TRANSITION_INPUT_THINKING_TYPE_VALUES: set[PixverseV56TransitionInputThinkingType] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v56_transition_input_thinking_type(
    value: str,
) -> PixverseV56TransitionInputThinkingType:
    if value in PIXVERSE_V56_TRANSITION_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TRANSITION_INPUT_THINKING_TYPE_VALUES!r}"
    )
