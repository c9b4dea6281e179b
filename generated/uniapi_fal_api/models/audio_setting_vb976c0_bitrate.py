from typing import Literal

AudioSettingVB976C0Bitrate = Literal[32000, 64000, 128000, 256000]

AUDIO_SETTING_VB976C0_BITRATE_VALUES: set[AudioSettingVB976C0Bitrate] = {
    32000,
    64000,
    128000,
    256000,
}


def check_audio_setting_vb976c0_bitrate(value: int) -> AudioSettingVB976C0Bitrate:
    if value in AUDIO_SETTING_VB976C0_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_VB976C0_BITRATE_VALUES!r}"
    )
