from typing import Literal

HunyuanVideoLoraVideoToVideoInputResolution = Literal["480p", "580p", "720p"]

HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES: set[
    HunyuanVideoLoraVideoToVideoInputResolution
] = {
    "480p",
    "580p",
    "720p",
}


def check_hunyuan_video_lora_video_to_video_input_resolution(
    value: str,
) -> HunyuanVideoLoraVideoToVideoInputResolution:
    if value in HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_RESOLUTION_VALUES!r}"
    )
