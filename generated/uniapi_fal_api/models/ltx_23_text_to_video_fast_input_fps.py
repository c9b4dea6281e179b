from typing import Literal

Ltx23TextToVideoFastInputFps = Literal[24, 25, 48, 50]

LTX_23_TEXT_TO_VIDEO_FAST_INPUT_FPS_VALUES: set[Ltx23TextToVideoFastInputFps] = {
    24,
    25,
    48,
    50,
}


def check_ltx_23_text_to_video_fast_input_fps(value: int) -> Ltx23TextToVideoFastInputFps:
    if value in LTX_23_TEXT_TO_VIDEO_FAST_INPUT_FPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_TEXT_TO_VIDEO_FAST_INPUT_FPS_VALUES!r}"
    )
