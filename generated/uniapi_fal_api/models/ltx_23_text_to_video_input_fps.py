from typing import Literal

Ltx23TextToVideoInputFps = Literal[24, 25, 48, 50]

LTX_23_TEXT_TO_VIDEO_INPUT_FPS_VALUES: set[Ltx23TextToVideoInputFps] = {
    24,
    25,
    48,
    50,
}


def check_ltx_23_text_to_video_input_fps(value: int) -> Ltx23TextToVideoInputFps:
    if value in LTX_23_TEXT_TO_VIDEO_INPUT_FPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TEXT_TO_VIDEO_INPUT_FPS_VALUES!r}"
    )
