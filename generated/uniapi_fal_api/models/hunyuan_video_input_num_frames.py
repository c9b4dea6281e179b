from typing import Literal

HunyuanVideoInputNumFrames = Literal["129", "85"]

HUNYUAN_VIDEO_INPUT_NUM_FRAMES_VALUES: set[HunyuanVideoInputNumFrames] = {
    "129",
    "85",
}


def check_hunyuan_video_input_num_frames(value: str) -> HunyuanVideoInputNumFrames:
    if value in HUNYUAN_VIDEO_INPUT_NUM_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_INPUT_NUM_FRAMES_VALUES!r}"
    )
