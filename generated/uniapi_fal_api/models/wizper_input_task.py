from typing import Literal

WizperInputTask = Literal["transcribe", "translate"]

WIZPER_INPUT_TASK_VALUES: set[WizperInputTask] = {
    "transcribe",
    "translate",
}


def check_wizper_input_task(value: str) -> WizperInputTask:
    if value in WIZPER_INPUT_TASK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WIZPER_INPUT_TASK_VALUES!r}")
