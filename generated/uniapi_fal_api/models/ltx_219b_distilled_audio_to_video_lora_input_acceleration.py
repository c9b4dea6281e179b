from typing import Literal

Ltx219BDistilledAudioToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_219B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx219BDistilledAudioToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_219b_distilled_audio_to_video_lora_input_acceleration(
    value: str,
) -> Ltx219BDistilledAudioToVideoLoraInputAcceleration:
    if value in LTX_219B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_219B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
