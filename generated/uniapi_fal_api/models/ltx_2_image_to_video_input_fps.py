from typing import Literal

Ltx2ImageToVideoInputFps = Literal[25, 50]

LTX_2_IMAGE_TO_VIDEO_INPUT_FPS_VALUES: set[Ltx2ImageToVideoInputFps] = {
    25,
    50,
}


def check_ltx_2_image_to_video_input_fps(value: int) -> Ltx2ImageToVideoInputFps:
    if value in LTX_2_IMAGE_TO_VIDEO_INPUT_FPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_IMAGE_TO_VIDEO_INPUT_FPS_VALUES!r}"
    )
