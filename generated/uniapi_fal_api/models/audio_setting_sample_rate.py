from typing import Literal

AudioSettingSampleRate = Literal[8000, 16000, 22050, 24000, 32000, 44100]

AUDIO_SETTING_SAMPLE_RATE_VALUES: set[AudioSettingSampleRate] = {
    8000,
    16000,
    22050,
    24000,
    32000,
    44100,
}


def check_audio_setting_sample_rate(value: int) -> AudioSettingSampleRate:
    if value in AUDIO_SETTING_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_SAMPLE_RATE_VALUES!r}"
    )
