from typing import Literal

ElevenlabsSoundEffectsV2InputOutputFormat = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]

ELEVENLABS_SOUND_EFFECTS_V2_INPUT_OUTPUT_FORMAT_VALUES: set[
    ElevenlabsSoundEffectsV2InputOutputFormat
] = {
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_elevenlabs_sound_effects_v2_input_output_format(
    value: str,
) -> ElevenlabsSoundEffectsV2InputOutputFormat:
    if value in ELEVENLABS_SOUND_EFFECTS_V2_INPUT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ELEVENLABS_SOUND_EFFECTS_V2_INPUT_OUTPUT_FORMAT_VALUES!r}"
    )
