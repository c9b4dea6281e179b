from typing import Literal

IllusionDiffusionInputScheduler = Literal["DPM++ Karras SDE", "Euler"]

ILLUSION_DIFFUSION_INPUT_SCHEDULER_VALUES: set[IllusionDiffusionInputScheduler] = {
    "DPM++ Karras SDE",
    "Euler",
}


def check_illusion_diffusion_input_scheduler(value: str) -> IllusionDiffusionInputScheduler:
    if value in ILLUSION_DIFFUSION_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ILLUSION_DIFFUSION_INPUT_SCHEDULER_VALUES!r}"
    )
