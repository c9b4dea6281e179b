from typing import Literal

PixverseV55TransitionInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V55_TRANSITION_INPUT_THINKING_TYPE_VALUES: set[PixverseV55TransitionInputThinkingType] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v55_transition_input_thinking_type(
    value: str,
) -> PixverseV55TransitionInputThinkingType:
    if value in PIXVERSE_V55_TRANSITION_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TRANSITION_INPUT_THINKING_TYPE_VALUES!r}"
    )
