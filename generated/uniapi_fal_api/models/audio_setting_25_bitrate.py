from typing import Literal

AudioSetting25Bitrate = Literal[32000, 64000, 128000, 256000]

AUDIO_SETTING_25_BITRATE_VALUES: set[AudioSetting25Bitrate] = {
    32000,
    64000,
    128000,
    256000,
}


def check_audio_setting_25_bitrate(value: int) -> AudioSetting25Bitrate:
    if value in AUDIO_SETTING_25_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_25_BITRATE_VALUES!r}"
    )
