from typing import Literal

Ltx219BDistilledAudioToVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_219B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx219BDistilledAudioToVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_219b_distilled_audio_to_video_lora_input_video_quality(
    value: str,
) -> Ltx219BDistilledAudioToVideoLoraInputVideoQuality:
    if value in LTX_219B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
