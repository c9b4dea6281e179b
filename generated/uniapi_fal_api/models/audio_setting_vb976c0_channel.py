from typing import Literal

AudioSettingVB976C0Channel = Literal[1, 2]

AUDIO_SETTING_VB976C0_CHANNEL_VALUES: set[AudioSettingVB976C0Channel] = {
    1,
    2,
}


def check_audio_setting_vb976c0_channel(value: int) -> AudioSettingVB976C0Channel:
    if value in AUDIO_SETTING_VB976C0_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_VB976C0_CHANNEL_VALUES!r}"
    )
