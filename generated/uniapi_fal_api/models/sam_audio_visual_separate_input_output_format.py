from typing import Literal

SamAudioVisualSeparateInputOutputFormat = Literal["mp3", "wav"]

SAM_AUDIO_VISUAL_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES: set[
    SamAudioVisualSeparateInputOutputFormat
] = {
    "mp3",
    "wav",
}


def check_sam_audio_visual_separate_input_output_format(
    value: str,
) -> SamAudioVisualSeparateInputOutputFormat:
    if value in SAM_AUDIO_VISUAL_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_AUDIO_VISUAL_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
