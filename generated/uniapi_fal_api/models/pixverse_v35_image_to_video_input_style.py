from typing import Literal

PixverseV35ImageToVideoInputStyle = Literal["3d_animation", "anime", "clay", "comic", "cyberpunk"]

PIXVERSE_V35_IMAGE_TO_VIDEO_INPUT_STYLE_VALUES: set[PixverseV35ImageToVideoInputStyle] = {
    "3d_animation",
    "anime",
    "clay",
    "comic",
    "cyberpunk",
}


def check_pixverse_v35_image_to_video_input_style(value: str) -> PixverseV35ImageToVideoInputStyle:
    if value in PIXVERSE_V35_IMAGE_TO_VIDEO_INPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V35_IMAGE_TO_VIDEO_INPUT_STYLE_VALUES!r}"
    )
