from typing import Literal

Deepfilternet3InputAudioFormat = Literal["aac", "flac", "m4a", "mp3", "ogg", "opus", "wav"]

DEEPFILTERNET_3_INPUT_AUDIO_FORMAT_VALUES: set[Deepfilternet3InputAudioFormat] = {
    "aac",
    "flac",
    "m4a",
    "mp3",
    "ogg",
    "opus",
    "wav",
}


def check_deepfilternet_3_input_audio_format(value: str) -> Deepfilternet3InputAudioFormat:
    if value in DEEPFILTERNET_3_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPFILTERNET_3_INPUT_AUDIO_FORMAT_VALUES!r}"
    )
