from typing import Literal

PixverseV4TextToVideoFastInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V4_TEXT_TO_VIDEO_FAST_INPUT_STYLE_VALUES: set[PixverseV4TextToVideoFastInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v4_text_to_video_fast_input_style(
    value: str,
) -> PixverseV4TextToVideoFastInputStyle:
    if value in PIXVERSE_V4_TEXT_TO_VIDEO_FAST_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V4_TEXT_TO_VIDEO_FAST_INPUT_STYLE_VALUES!r}"
    )
