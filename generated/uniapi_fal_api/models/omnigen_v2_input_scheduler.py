from typing import Literal

OmnigenV2InputScheduler = Literal["dpmsolver", "euler"]

OMNIGEN_V2_INPUT_SCHEDULER_VALUES: set[OmnigenV2InputScheduler] = {
    "dpmsolver",
    "euler",
}


def check_omnigen_v2_input_scheduler(value: str) -> OmnigenV2InputScheduler:
    if value in OMNIGEN_V2_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNIGEN_V2_INPUT_SCHEDULER_VALUES!r}"
    )
