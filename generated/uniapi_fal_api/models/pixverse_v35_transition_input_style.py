from typing import Literal

PixverseV35TransitionInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V35_TRANSITION_INPUT_STYLE_VALUES: set[PixverseV35TransitionInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v35_transition_input_style(value: str) -> PixverseV35TransitionInputStyle:
    if value in PIXVERSE_V35_TRANSITION_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_TRANSITION_INPUT_STYLE_VALUES!r}"
    )
