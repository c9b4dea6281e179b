from typing import Literal

DreamoInputSecondReferenceTask = Literal["id", "ip", "style"]

DREAMO_INPUT_SECOND_REFERENCE_TASK_VALUES: set[DreamoInputSecondReferenceTask] = {
    "id",
    "ip",
    "style",
}


def check_dreamo_input_second_reference_task(value: str) -> DreamoInputSecondReferenceTask:
    if value in DREAMO_INPUT_SECOND_REFERENCE_TASK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DREAMO_INPUT_SECOND_REFERENCE_TASK_VALUES!r}"
    )
