from typing import Literal

Ltx2TextToVideoInputFps = Literal[25, 50]

LTX_2_TEXT_TO_VIDEO_INPUT_FPS_VALUES: set[Ltx2TextToVideoInputFps] = {
    25,
    50,
}


def check_ltx_2_text_to_video_input_fps(value: int) -> Ltx2TextToVideoInputFps:
    if value in LTX_2_TEXT_TO_VIDEO_INPUT_FPS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2_TEXT_TO_VIDEO_INPUT_FPS_VALUES!r}"
    )
