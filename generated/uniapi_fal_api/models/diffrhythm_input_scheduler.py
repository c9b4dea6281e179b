from typing import Literal

DiffrhythmInputScheduler = Literal["euler", "implicit_adams", "midpoint", "rk4"]

DIFFRHYTHM_INPUT_SCHEDULER_VALUES: set[DiffrhythmInputScheduler] = {
    "euler",
    "implicit_adams",
    "midpoint",
    "rk4",
}


def check_diffrhythm_input_scheduler(value: str) -> DiffrhythmInputScheduler:
    if value in DIFFRHYTHM_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIFFRHYTHM_INPUT_SCHEDULER_VALUES!r}"
    )
