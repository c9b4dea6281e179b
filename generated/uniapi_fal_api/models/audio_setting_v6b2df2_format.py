from typing import Literal

AudioSettingV6B2DF2Format = Literal["flac", "mp3", "pcm"]

AUDIO_SETTING_V6B2DF2_FORMAT_VALUES: set[AudioSettingV6B2DF2Format] = {
    "flac",
    "mp3",
    "pcm",
}


def check_audio_setting_v6b2df2_format(value: str) -> AudioSettingV6B2DF2Format:
    if value in AUDIO_SETTING_V6B2DF2_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_V6B2DF2_FORMAT_VALUES!r}"
    )
