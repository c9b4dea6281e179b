from typing import Literal

Ltx219BDistilledExtendVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BDistilledExtendVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_distilled_extend_video_lora_input_video_quality(
    value: str,
) -> Ltx219BDistilledExtendVideoLoraInputVideoQuality:
    if value in LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_EXTEND_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
