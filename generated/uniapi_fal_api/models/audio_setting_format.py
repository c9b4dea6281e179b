from typing import Literal

AudioSettingFormat = Literal["flac", "mp3", "pcm"]

AUDIO_SETTING_FORMAT_VALUES: set[AudioSettingFormat] = {
    "flac",
    "mp3",
    "pcm",
}


def check_audio_setting_format(value: str) -> AudioSettingFormat:
    if value in AUDIO_SETTING_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_FORMAT_VALUES!r}")
