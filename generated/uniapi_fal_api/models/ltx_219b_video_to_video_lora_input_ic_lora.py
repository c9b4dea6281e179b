from typing import Literal

Ltx219BVideoToVideoLoraInputIcLora = Literal[
    "canny", "depth", "detailer", "match_preprocessor", "none", "pose"
]

LTX_219B_VIDEO_TO_VIDEO_LORA_INPUT_IC_LORA_VALUES: set[Ltx219BVideoToVideoLoraInputIcLora] = {
    "canny",
    "depth",
    "detailer",
    "match_preprocessor",
    "none",
    "pose",
}


def check_ltx_219b_video_to_video_lora_input_ic_lora(
    value: str,
) -> Ltx219BVideoToVideoLoraInputIcLora:
    if value in LTX_219B_VIDEO_TO_VIDEO_LORA_INPUT_IC_LORA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_VIDEO_TO_VIDEO_LORA_INPUT_IC_LORA_VALUES!r}"
    )
