from typing import Literal

AudioSettingVB976C0Format = Literal["flac", "mp3", "pcm"]

AUDIO_SETTING_VB976C0_FORMAT_VALUES: set[AudioSettingVB976C0Format] = {
    "flac",
    "mp3",
    "pcm",
}


def check_audio_setting_vb976c0_format(value: str) -> AudioSettingVB976C0Format:
    if value in AUDIO_SETTING_VB976C0_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_VB976C0_FORMAT_VALUES!r}"
    )
