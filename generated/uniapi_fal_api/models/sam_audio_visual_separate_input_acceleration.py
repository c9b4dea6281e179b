from typing import Literal

SamAudioVisualSeparateInputAcceleration = Literal["balanced", "fast", "quality"]

SAM_AUDIO_VISUAL_SEPARATE_INPUT_ACCELERATION_VALUES: set[
    SamAudioVisualSeparateInputAcceleration
] = {
    "balanced",
    "fast",
    "quality",
}


def check_sam_audio_visual_separate_input_acceleration(
    value: str,
) -> SamAudioVisualSeparateInputAcceleration:
    if value in SAM_AUDIO_VISUAL_SEPARATE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_AUDIO_VISUAL_SEPARATE_INPUT_ACCELERATION_VALUES!r}"
    )
