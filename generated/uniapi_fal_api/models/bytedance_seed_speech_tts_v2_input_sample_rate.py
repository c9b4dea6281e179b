from typing import Literal

BytedanceSeedSpeechTtsV2InputSampleRate = Literal[8000, 16000, 22050, 24000, 32000, 44100, 48000]

BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_SAMPLE_RATE_VALUES: set[
    BytedanceSeedSpeechTtsV2InputSampleRate
] = {
    8000,
    16000,
    22050,
    24000,
    32000,
    44100,
    48000,
}


def check_bytedance_seed_speech_tts_v2_input_sample_rate(
    value: int,
) -> BytedanceSeedSpeechTtsV2InputSampleRate:
    if value in BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEED_SPEECH_TTS_V2_INPUT_SAMPLE_RATE_VALUES!r}"
    )
