from typing import Literal

HunyuanVideoLoraVideoToVideoInputAspectRatio = Literal["16:9", "9:16"]

HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES: set[
    HunyuanVideoLoraVideoToVideoInputAspectRatio
] = {
    "16:9",
    "9:16",
}


def check_hunyuan_video_lora_video_to_video_input_aspect_ratio(
    value: str,
) -> HunyuanVideoLoraVideoToVideoInputAspectRatio:
    if value in HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_LORA_VIDEO_TO_VIDEO_INPUT_ASPECT_RATIO_VALUES!r}"
    )
