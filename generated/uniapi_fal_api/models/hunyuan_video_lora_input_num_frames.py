from typing import Literal

HunyuanVideoLoraInputNumFrames = Literal["129", "85"]

HUNYUAN_VIDEO_LORA_INPUT_NUM_FRAMES_VALUES: set[HunyuanVideoLoraInputNumFrames] = {
    "129",
    "85",
}


def check_hunyuan_video_lora_input_num_frames(value: str) -> HunyuanVideoLoraInputNumFrames:
    if value in HUNYUAN_VIDEO_LORA_INPUT_NUM_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_LORA_INPUT_NUM_FRAMES_VALUES!r}"
    )
