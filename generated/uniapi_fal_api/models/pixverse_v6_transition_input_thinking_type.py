from typing import Literal

PixverseV6TransitionInputThinkingType = Literal["auto", "disabled", "enabled"]

PIXVERSE_V6_TRANSITION_INPUT_THINKING_TYPE_VALUES: set[PixverseV6TransitionInputThinkingType] = {
    "auto",
    "disabled",
    "enabled",
}


def check_pixverse_v6_transition_input_thinking_type(
    value: str,
) -> PixverseV6TransitionInputThinkingType:
    if value in PIXVERSE_V6_TRANSITION_INPUT_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TRANSITION_INPUT_THINKING_TYPE_VALUES!r}"
    )
