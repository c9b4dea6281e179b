from typing import Literal

Ltx2322BDistilledAudioToVideoLoraInputVideoQuality = Literal["high", "low", "maximum", "medium"]

LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES: set[
    Ltx2322BDistilledAudioToVideoLoraInputVideoQuality
] = {
    "high",
    "low",
    "maximum",
    "medium",
}


def check_ltx_2322b_distilled_audio_to_video_lora_input_video_quality(
    value: str,
) -> Ltx2322BDistilledAudioToVideoLoraInputVideoQuality:
    if value in LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_VIDEO_QUALITY_VALUES!r}"
    )
