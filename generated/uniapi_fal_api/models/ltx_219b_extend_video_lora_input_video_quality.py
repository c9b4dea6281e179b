from typing import Literal

Ltx219BExtendVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BExtendVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_extend_video_lora_input_video_quality(
    value: str,
) -> Ltx219BExtendVideoLoraInputVideoQuality:
    if value in LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
