from typing import Literal

PixverseV45TextToVideoInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V45_TEXT_TO_VIDEO_INPUT_STYLE_VALUES: set[PixverseV45TextToVideoInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v45_text_to_video_input_style(value: str) -> PixverseV45TextToVideoInputStyle:
    if value in PIXVERSE_V45_TEXT_TO_VIDEO_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V45_TEXT_TO_VIDEO_INPUT_STYLE_VALUES!r}"
    )
