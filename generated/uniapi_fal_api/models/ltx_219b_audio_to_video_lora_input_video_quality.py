from typing import Literal

Ltx219BAudioToVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BAudioToVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_audio_to_video_lora_input_video_quality(
    value: str,
) -> Ltx219BAudioToVideoLoraInputVideoQuality:
    if value in LTX_219B_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
