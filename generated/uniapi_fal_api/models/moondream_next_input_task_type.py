from typing import Literal

MoondreamNextInputTaskType = Literal["caption", "query"]

MOONDREAM_NEXT_INPUT_TASK_TYPE_VALUES: set[MoondreamNextInputTaskType] = {
    "caption",
    "query",
}


def check_moondream_next_input_task_type(value: str) -> MoondreamNextInputTaskType:
    if value in MOONDREAM_NEXT_INPUT_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOONDREAM_NEXT_INPUT_TASK_TYPE_VALUES!r}"
    )
