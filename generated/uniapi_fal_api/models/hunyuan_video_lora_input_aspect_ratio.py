from typing import Literal

HunyuanVideoLoraInputAspectRatio = Literal["16:9", "9:16"]

HUNYUAN_VIDEO_LORA_INPUT_ASPECT_RATIO_VALUES: set[HunyuanVideoLoraInputAspectRatio] = {
    "16:9",
    "9:16",
}


def check_hunyuan_video_lora_input_aspect_ratio(value: str) -> HunyuanVideoLoraInputAspectRatio:
    if value in HUNYUAN_VIDEO_LORA_INPUT_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HUNYUAN_VIDEO_LORA_INPUT_ASPECT_RATIO_VALUES!r}"
    )
