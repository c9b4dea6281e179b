from typing import Literal

AudioSetting25SampleRate = Literal[16000, 24000, 32000, 44100]

AUDIO_SETTING_25_SAMPLE_RATE_VALUES: set[AudioSetting25SampleRate] = {
    16000,
    24000,
    32000,
    44100,
}


def check_audio_setting_25_sample_rate(value: int) -> AudioSetting25SampleRate:
    if value in AUDIO_SETTING_25_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_25_SAMPLE_RATE_VALUES!r}"
    )
