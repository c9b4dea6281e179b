from typing import Literal

PixartSigmaInputScheduler = Literal["DPM-SOLVER", "SA-SOLVER"]

PIXART_SIGMA_INPUT_SCHEDULER_VALUES: set[PixartSigmaInputScheduler] = {
    "DPM-SOLVER",
    "SA-SOLVER",
}


def check_pixart_sigma_input_scheduler(value: str) -> PixartSigmaInputScheduler:
    if value in PIXART_SIGMA_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXART_SIGMA_INPUT_SCHEDULER_VALUES!r}"
    )
