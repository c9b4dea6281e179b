from typing import Literal

Ltx23QualityAudioToVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_23_QUALITY_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx23QualityAudioToVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_23_quality_audio_to_video_lora_input_video_quality(
    value: str,
) -> Ltx23QualityAudioToVideoLoraInputVideoQuality:
    if value in LTX_23_QUALITY_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_23_QUALITY_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
