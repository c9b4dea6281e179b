from typing import Literal

WhisperInputVersion = Literal["3"]

WHISPER_INPUT_VERSION_VALUES: set[WhisperInputVersion] = {
    "3",
}


def check_whisper_input_version(value: str) -> WhisperInputVersion:
    if value in WHISPER_INPUT_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHISPER_INPUT_VERSION_VALUES!r}")
