from typing import Literal

AudioSettingChannel = Literal[1, 2]

AUDIO_SETTING_CHANNEL_VALUES: set[AudioSettingChannel] = {
    1,
    2,
}


def check_audio_setting_channel(value: int) -> AudioSettingChannel:
    if value in AUDIO_SETTING_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_CHANNEL_VALUES!r}")
