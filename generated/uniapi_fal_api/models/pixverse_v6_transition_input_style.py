from typing import Literal

PixverseV6TransitionInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V6_TRANSITION_INPUT_STYLE_VALUES: set[PixverseV6TransitionInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v6_transition_input_style(value: str) -> PixverseV6TransitionInputStyle:
    if value in PIXVERSE_V6_TRANSITION_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_TRANSITION_INPUT_STYLE_VALUES!r}"
    )
