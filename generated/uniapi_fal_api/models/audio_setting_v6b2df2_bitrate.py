from typing import Literal

AudioSettingV6B2DF2Bitrate = Literal[32000, 64000, 128000, 256000]

AUDIO_SETTING_V6B2DF2_BITRATE_VALUES: set[AudioSettingV6B2DF2Bitrate] = {
    32000,
    64000,
    128000,
    256000,
}


def check_audio_setting_v6b2df2_bitrate(value: int) -> AudioSettingV6B2DF2Bitrate:
    if value in AUDIO_SETTING_V6B2DF2_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_V6B2DF2_BITRATE_VALUES!r}"
    )
