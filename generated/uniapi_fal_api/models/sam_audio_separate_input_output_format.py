from typing import Literal

SamAudioSeparateInputOutputFormat = Literal["mp3", "wav"]

SAM_AUDIO_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES: set[SamAudioSeparateInputOutputFormat] = {
    "mp3",
    "wav",
}


def check_sam_audio_separate_input_output_format(value: str) -> SamAudioSeparateInputOutputFormat:
    if value in SAM_AUDIO_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_AUDIO_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
