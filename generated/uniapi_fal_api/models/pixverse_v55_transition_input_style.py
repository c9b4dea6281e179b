from typing import Literal

PixverseV55TransitionInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V55_TRANSITION_INPUT_STYLE_VALUES: set[PixverseV55TransitionInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v55_transition_input_style(value: str) -> PixverseV55TransitionInputStyle:
    if value in PIXVERSE_V55_TRANSITION_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V55_TRANSITION_INPUT_STYLE_VALUES!r}"
    )
