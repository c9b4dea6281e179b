from typing import Literal

PixverseV56TransitionInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V56_TRANSITION_INPUT_STYLE_VALUES: set[PixverseV56TransitionInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v56_transition_input_style(value: str) -> PixverseV56TransitionInputStyle:
    if value in PIXVERSE_V56_TRANSITION_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_TRANSITION_INPUT_STYLE_VALUES!r}"
    )
