from typing import Literal

PixverseV56ImageToVideoInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V56_IMAGE_TO_VIDEO_INPUT_STYLE_VALUES: set[PixverseV56ImageToVideoInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v56_image_to_video_input_style(value: str) -> PixverseV56ImageToVideoInputStyle:
    if value in PIXVERSE_V56_IMAGE_TO_VIDEO_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V56_IMAGE_TO_VIDEO_INPUT_STYLE_VALUES!r}"
    )
