from typing import Literal

StableAudio3SmallMusicTextToAudioInputOutputFormat = Literal[
    "aac", "flac", "m4a", "mp3", "ogg", "opus", "wav"
]

STABLE_AUDIO_3_SMALL_MUSIC_TEXT_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES: set[
    StableAudio3SmallMusicTextToAudioInputOutputFormat
] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "opus",
    "wav",
}


def check_stable_audio_3_small_music_text_to_audio_input_output_format(
    value: str,
) -> StableAudio3SmallMusicTextToAudioInputOutputFormat:
    if value in STABLE_AUDIO_3_SMALL_MUSIC_TEXT_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_SMALL_MUSIC_TEXT_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
