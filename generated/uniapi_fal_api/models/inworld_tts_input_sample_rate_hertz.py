from typing import Literal

InworldTtsInputSampleRateHertz = Literal[8000, 16000, 24000, 32000, 40000, 48000]

INWORLD_TTS_INPUT_SAMPLE_RATE_HERTZ_VALUES: set[InworldTtsInputSampleRateHertz] = {
    8000,
    16000,
    24000,
    32000,
    40000,
    48000,
}


def check_inworld_tts_input_sample_rate_hertz(value: int) -> InworldTtsInputSampleRateHertz:
    if value in INWORLD_TTS_INPUT_SAMPLE_RATE_HERTZ_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INWORLD_TTS_INPUT_SAMPLE_RATE_HERTZ_VALUES!r}"
    )
