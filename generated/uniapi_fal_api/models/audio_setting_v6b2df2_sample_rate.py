from typing import Literal

AudioSettingV6B2DF2SampleRate = Literal[8000, 16000, 22050, 24000, 32000, 44100]

AUDIO_SETTING_V6B2DF2_SAMPLE_RATE_VALUES: set[AudioSettingV6B2DF2SampleRate] = {
    8000,
    16000,
    22050,
    24000,
    32000,
    44100,
}


def check_audio_setting_v6b2df2_sample_rate(value: int) -> AudioSettingV6B2DF2SampleRate:
    if value in AUDIO_SETTING_V6B2DF2_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_V6B2DF2_SAMPLE_RATE_VALUES!r}"
    )
