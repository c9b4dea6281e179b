from typing import Literal

HunyuanVideoLoraInputResolution = Literal["480p", "580p", "720p"]

HUNYUAN_VIDEO_LORA_INPUT_RESOLUTION_VALUES: set[HunyuanVideoLoraInputResolution] = {
    "480p",
    "580p",
    "720p",
}


def check_hunyuan_video_lora_input_resolution(value: str) -> HunyuanVideoLoraInputResolution:
    if value in HUNYUAN_VIDEO_LORA_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_LORA_INPUT_RESOLUTION_VALUES!r}"
    )
