from typing import Literal

HunyuanVideoVideoToVideoInputNumFrames = Literal["129", "85"]

HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_NUM_FRAMES_VALUES: set[
    HunyuanVideoVideoToVideoInputNumFrames
] = {
    "129",
    "85",
}


def check_hunyuan_video_video_to_video_input_num_frames(
    value: str,
) -> HunyuanVideoVideoToVideoInputNumFrames:
    if value in HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_NUM_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_VIDEO_TO_VIDEO_INPUT_NUM_FRAMES_VALUES!r}"
    )
