from typing import Literal

BytedanceSeedAudio10InputSampleRate = Literal[8000, 16000, 24000, 32000, 44100, 48000]

BYTEDANCE_SEED_AUDIO_10_INPUT_SAMPLE_RATE_VALUES: set[BytedanceSeedAudio10InputSampleRate] = {
    8000,
    16000,
    24000,
    32000,
    44100,
    48000,
}


def check_bytedance_seed_audio_10_input_sample_rate(
    value: int,
) -> BytedanceSeedAudio10InputSampleRate:
    if value in BYTEDANCE_SEED_AUDIO_10_INPUT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEED_AUDIO_10_INPUT_SAMPLE_RATE_VALUES!r}"
    )
