from typing import Literal

StableAudio3SmallMusicAudioOutpaintingInputOutputFormat = Literal[
    "aac", "flac", "m4a", "mp3", "ogg", "opus", "wav"
]

STABLE_AUDIO_3_SMALL_MUSIC_AUDIO_OUTPAINTING_INPUT_OUTPUT_FORMAT_VALUES: set[
    StableAudio3SmallMusicAudioOutpaintingInputOutputFormat
] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "opus",
    "wav",
}


def check_stable_audio_3_small_music_audio_outpainting_input_output_format(
    value: str,
) -> StableAudio3SmallMusicAudioOutpaintingInputOutputFormat:
    if value in STABLE_AUDIO_3_SMALL_MUSIC_AUDIO_OUTPAINTING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_SMALL_MUSIC_AUDIO_OUTPAINTING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
