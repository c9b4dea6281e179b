from typing import Literal

Ltx23ImageToVideoFastInputFps = Literal[24, 25, 48, 50]

LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_FPS_VALUES: set[Ltx23ImageToVideoFastInputFps] = {
    24,
    25,
    48,
    50,
}


def check_ltx_23_image_to_video_fast_input_fps(value: int) -> Ltx23ImageToVideoFastInputFps:
    if value in LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_FPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_IMAGE_TO_VIDEO_FAST_INPUT_FPS_VALUES!r}"
    )
