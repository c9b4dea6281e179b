from typing import Literal

AceStepInputScheduler = Literal["euler", "heun"]

ACE_STEP_INPUT_SCHEDULER_VALUES: set[AceStepInputScheduler] = {
    "euler",
    "heun",
}


def check_ace_step_input_scheduler(value: str) -> AceStepInputScheduler:
    if value in ACE_STEP_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACE_STEP_INPUT_SCHEDULER_VALUES!r}"
    )
