from typing import Literal

PixverseExtendInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_EXTEND_INPUT_STYLE_VALUES: set[PixverseExtendInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_extend_input_style(value: str) -> PixverseExtendInputStyle:
    if value in PIXVERSE_EXTEND_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_EXTEND_INPUT_STYLE_VALUES!r}"
    )
