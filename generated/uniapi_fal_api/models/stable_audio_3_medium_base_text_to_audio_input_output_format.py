from typing import Literal

StableAudio3MediumBaseTextToAudioInputOutputFormat = Literal[
    "aac", "flac", "m4a", "mp3", "ogg", "opus", "wav"
]

STABLE_AUDIO_3_MEDIUM_BASE_TEXT_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES: set[
    StableAudio3MediumBaseTextToAudioInputOutputFormat
] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "opus",
    "wav",
}


def check_stable_audio_3_medium_base_text_to_audio_input_output_format(
    value: str,
) -> StableAudio3MediumBaseTextToAudioInputOutputFormat:
    if value in STABLE_AUDIO_3_MEDIUM_BASE_TEXT_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_MEDIUM_BASE_TEXT_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
