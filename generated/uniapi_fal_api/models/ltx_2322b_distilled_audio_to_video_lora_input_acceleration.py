from typing import Literal

Ltx2322BDistilledAudioToVideoLoraInputAcceleration = Literal["full", "high", "none", "regular"]

LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES: set[
    Ltx2322BDistilledAudioToVideoLoraInputAcceleration
] = {
    "full",
    "high",
    "none",
    "regular",
}


def check_ltx_2322b_distilled_audio_to_video_lora_input_acceleration(
    value: str,
) -> Ltx2322BDistilledAudioToVideoLoraInputAcceleration:
    if value in LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_LORA_INPUT_ACCELERATION_VALUES!r}"
    )
