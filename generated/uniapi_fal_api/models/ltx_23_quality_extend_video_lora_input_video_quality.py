from typing import Literal

Ltx23QualityExtendVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityExtendVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_extend_video_lora_input_video_quality(
    value: str,
) -> Ltx23QualityExtendVideoLoraInputVideoQuality:
    if value in LTX_23_QUALITY_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
