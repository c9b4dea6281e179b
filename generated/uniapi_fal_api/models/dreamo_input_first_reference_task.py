from typing import Literal

DreamoInputFirstReferenceTask = Literal["id", "ip", "style"]

DREAMO_INPUT_FIRST_REFERENCE_TASK_VALUES: set[DreamoInputFirstReferenceTask] = {
    "id",
    "ip",
    "style",
}


def check_dreamo_input_first_reference_task(value: str) -> DreamoInputFirstReferenceTask:
    if value in DREAMO_INPUT_FIRST_REFERENCE_TASK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DREAMO_INPUT_FIRST_REFERENCE_TASK_VALUES!r}"
    )
