from typing import Literal

PixverseV5TransitionInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V5_TRANSITION_INPUT_STYLE_VALUES: set[PixverseV5TransitionInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v5_transition_input_style(value: str) -> PixverseV5TransitionInputStyle:
    if value in PIXVERSE_V5_TRANSITION_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V5_TRANSITION_INPUT_STYLE_VALUES!r}"
    )
