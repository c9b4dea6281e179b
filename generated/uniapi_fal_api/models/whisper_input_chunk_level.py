from typing import Literal

WhisperInputChunkLevel = Literal["none", "segment", "word"]

WHISPER_INPUT_CHUNK_LEVEL_VALUES: set[WhisperInputChunkLevel] = {
    "none",
    "segment",
    "word",
}


def check_whisper_input_chunk_level(value: str) -> WhisperInputChunkLevel:
    if value in WHISPER_INPUT_CHUNK_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHISPER_INPUT_CHUNK_LEVEL_VALUES!r}"
    )
