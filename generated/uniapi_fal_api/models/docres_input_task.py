from typing import Literal

DocresInputTask = Literal["appearance", "binarization", "deblurring", "deshadowing"]

DOCRES_INPUT_TASK_VALUES: set[DocresInputTask] = {
    "appearance",
    "binarization",
    "deblurring",
    "deshadowing",
}


def check_docres_input_task(value: str) -> DocresInputTask:
    if value in DOCRES_INPUT_TASK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOCRES_INPUT_TASK_VALUES!r}")
