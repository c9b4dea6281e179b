from typing import Literal

SamAudioSpanSeparateInputAcceleration = Literal["balanced", "fast", "quality"]

SAM_AUDIO_SPAN_SEPARATE_INPUT_ACCELERATION_VALUES: set[SamAudioSpanSeparateInputAcceleration] = {
    "balanced",
    "fast",
    "quality",
}


def check_sam_audio_span_separate_input_acceleration(
    value: str,
) -> SamAudioSpanSeparateInputAcceleration:
    if value in SAM_AUDIO_SPAN_SEPARATE_INPUT_ACCELERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_AUDIO_SPAN_SEPARATE_INPUT_ACCELERATION_VALUES!r}"
    )
