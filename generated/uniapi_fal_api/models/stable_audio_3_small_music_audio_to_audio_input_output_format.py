from typing import Literal

StableAudio3SmallMusicAudioToAudioInputOutputFormat = Literal[
    "aac", "flac", "m4a", "mp3", "ogg", "opus", "wav"
]

STABLE_AUDIO_3_SMALL_MUSIC_AUDIO_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES: set[
    StableAudio3SmallMusicAudioToAudioInputOutputFormat
] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "opus",
    "wav",
}


def check_stable_audio_3_small_music_audio_to_audio_input_output_format(
    value: str,
) -> StableAudio3SmallMusicAudioToAudioInputOutputFormat:
    if value in STABLE_AUDIO_3_SMALL_MUSIC_AUDIO_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_SMALL_MUSIC_AUDIO_TO_AUDIO_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
