from typing import Literal

KolorsInputScheduler = Literal[
    "DEISMultistepScheduler",
    "DPMSolverMultistepScheduler",
    "DPMSolverMultistepScheduler_SDE_karras",
    "EulerAncestralDiscreteScheduler",
    "EulerDiscreteScheduler",
    "UniPCMultistepScheduler",
]

KOLORS_INPUT_SCHEDULER_VALUES: set[KolorsInputScheduler] = {
    "DEISMultistepScheduler",
    "DPMSolverMultistepScheduler",
    "DPMSolverMultistepScheduler_SDE_karras",
    "EulerAncestralDiscreteScheduler",
    "EulerDiscreteScheduler",
    "UniPCMultistepScheduler",
}


def check_kolors_input_scheduler(value: str) -> KolorsInputScheduler:
    if value in KOLORS_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KOLORS_INPUT_SCHEDULER_VALUES!r}"
    )
