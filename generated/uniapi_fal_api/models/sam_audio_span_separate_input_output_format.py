from typing import Literal

SamAudioSpanSeparateInputOutputFormat = Literal["mp3", "wav"]

SAM_AUDIO_SPAN_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES: set[SamAudioSpanSeparateInputOutputFormat] = {
    "mp3",
    "wav",
}


def check_sam_audio_span_separate_input_output_format(
    value: str,
) -> SamAudioSpanSeparateInputOutputFormat:
    if value in SAM_AUDIO_SPAN_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAM_AUDIO_SPAN_SEPARATE_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
