from typing import Literal

PixverseV6ExtendInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V6_EXTEND_INPUT_STYLE_VALUES: set[PixverseV6ExtendInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v6_extend_input_style(value: str) -> PixverseV6ExtendInputStyle:
    if value in PIXVERSE_V6_EXTEND_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_EXTEND_INPUT_STYLE_VALUES!r}"
    )
