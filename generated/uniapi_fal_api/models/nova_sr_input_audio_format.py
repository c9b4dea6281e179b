from typing import Literal

NovaSrInputAudioFormat = Literal["aac", "flac", "m4a", "mp3", "ogg", "opus", "wav"]

NOVA_SR_INPUT_AUDIO_FORMAT_VALUES: set[NovaSrInputAudioFormat] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "opus",
    "wav",
}


def check_nova_sr_input_audio_format(value: str) -> NovaSrInputAudioFormat:
    if value in NOVA_SR_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOVA_SR_INPUT_AUDIO_FORMAT_VALUES!r}"
    )
