from typing import Literal

PixverseV45TransitionInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V45_TRANSITION_INPUT_STYLE_VALUES: set[PixverseV45TransitionInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v45_transition_input_style(value: str) -> PixverseV45TransitionInputStyle:
    if value in PIXVERSE_V45_TRANSITION_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_TRANSITION_INPUT_STYLE_VALUES!r}"
    )
