from typing import Literal

HunyuanVideoLoraVideoToVideoInputNumFrames = Literal["129", "85"]

HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_NUM_FRAMES_VALUES: set[
    HunyuanVideoLoraVideoToVideoInputNumFrames
] = {
    "129",
    "85",
}


def check_hunyuan_video_lora_video_to_video_input_num_frames(
    value: str,
) -> HunyuanVideoLoraVideoToVideoInputNumFrames:
    if value in HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_NUM_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_NUM_FRAMES_VALUES!r}"
    )
