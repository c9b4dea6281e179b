from typing import Literal

PixverseExtendFastInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_EXTEND_FAST_INPUT_STYLE_VALUES: set[PixverseExtendFastInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_extend_fast_input_style(value: str) -> PixverseExtendFastInputStyle:
    if value in PIXVERSE_EXTEND_FAST_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_EXTEND_FAST_INPUT_STYLE_VALUES!r}"
    )
