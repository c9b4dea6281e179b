from typing import Literal

SamAudioSeparateInputAcceleration = Literal["balanced", "fast", "quality"]

SAM_AUDIO_SEPARATE_INPUT_ACCELERATION_VALUES: set[SamAudioSeparateInputAcceleration] = {
    "balanced",
    "fast",
    "quality",
}


def check_sam_audio_separate_input_acceleration(value: str) -> SamAudioSeparateInputAcceleration:
    if value in SAM_AUDIO_SEPARATE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_AUDIO_SEPARATE_INPUT_ACCELERATION_VALUES!r}"
    )
