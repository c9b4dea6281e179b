from typing import Literal

WhisperInputTask = Literal["transcribe", "translate"]

WHISPER_INPUT_TASK_VALUES: set[WhisperInputTask] = {
    "transcribe",
    "translate",
}


def check_whisper_input_task(value: str) -> WhisperInputTask:
    if value in WHISPER_INPUT_TASK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHISPER_INPUT_TASK_VALUES!r}")
