from typing import Literal

StableAudio3SmallSfxBaseAudioOutpaintingInputOutputFormat = Literal[
    "aac", "flac", "m4a", "mp3", "ogg", "opus", "wav"
]

STABLE_AUDIO_3_SMALL_SFX_BASE_AUDIO_OUTPAINTING_INPUT_OUTPUT_FORMAT_VALUES: set[
    StableAudio3SmallSfxBaseAudioOutpaintingInputOutputFormat
] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "opus",
    "wav",
}


def check_stable_audio_3_small_sfx_base_audio_outpainting_input_output_format(
    value: str,
) -> StableAudio3SmallSfxBaseAudioOutpaintingInputOutputFormat:
    if value in STABLE_AUDIO_3_SMALL_SFX_BASE_AUDIO_OUTPAINTING_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_AUDIO_3_SMALL_SFX_BASE_AUDIO_OUTPAINTING_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
