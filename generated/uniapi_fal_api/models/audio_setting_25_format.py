from typing import Literal

AudioSetting25Format = Literal["mp3", "pcm", "wav"]

AUDIO_SETTING_25_FORMAT_VALUES: set[AudioSetting25Format] = {
    "mp3",
    "pcm",
    "wav",
}


def check_audio_setting_25_format(value: str) -> AudioSetting25Format:
    if value in AUDIO_SETTING_25_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_SETTING_25_FORMAT_VALUES!r}"
    )
