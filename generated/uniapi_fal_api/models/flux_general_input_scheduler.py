from typing import Literal

FluxGeneralInputScheduler = Literal["dpmpp_2m", "euler"]

FLUX_GENERAL_INPUT_SCHEDULER_VALUES: set[FluxGeneralInputScheduler] = {
    "dpmpp_2m",
    "euler",
}


def check_flux_general_input_scheduler(value: str) -> FluxGeneralInputScheduler:
    if value in FLUX_GENERAL_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_INPUT_SCHEDULER_VALUES!r}"
    )
