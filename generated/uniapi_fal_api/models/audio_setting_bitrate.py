from typing import Literal

AudioSettingBitrate = Literal[32000, 64000, 128000, 256000]

AUDIO_SETTING_BITRATE_VALUES: set[AudioSettingBitrate] = {
    32000,
    64000,
    128000,
    256000,
}


def check_audio_setting_bitrate(value: int) -> AudioSettingBitrate:
    if value in AUDIO_SETTING_BITRATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_BITRATE_VALUES!r}")
