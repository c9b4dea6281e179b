from typing import Literal

FluxGeneralInputSigmaSchedule = Literal["sgm_uniform"]

FLUX_GENERAL_INPUT_SIGMA_SCHEDULE_VALUES: set[FluxGeneralInputSigmaSchedule] = {
    "sgm_uniform",
}


def check_flux_general_input_sigma_schedule(value: str) -> FluxGeneralInputSigmaSchedule:
    if value in FLUX_GENERAL_INPUT_SIGMA_SCHEDULE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_INPUT_SIGMA_SCHEDULE_VALUES!r}"
    )
