from typing import Literal

AudioSettingVB976C0SampleRate = Literal[8000, 16000, 22050, 24000, 32000, 44100]

AUDIO_SETTING_VB976C0_SAMPLE_RATE_VALUES: set[AudioSettingVB976C0SampleRate] = {
    8000,
    16000,
    22050,
    24000,
    32000,
    44100,
}


def check_audio_setting_vb976c0_sample_rate(value: int) -> AudioSettingVB976C0SampleRate:
    if value in AUDIO_SETTING_VB976C0_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_VB976C0_SAMPLE_RATE_VALUES!r}"
    )
