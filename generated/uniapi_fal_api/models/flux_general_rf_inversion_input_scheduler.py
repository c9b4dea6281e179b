from typing import Literal

FluxGeneralRfInversionInputScheduler = Literal["dpmpp_2m", "euler"]

FLUX_GENERAL_RF_INVERSION_INPUT_SCHEDULER_VALUES: set[FluxGeneralRfInversionInputScheduler] = {
    "dpmpp_2m",
    "euler",
}


def check_flux_general_rf_inversion_input_scheduler(
    value: str,
) -> FluxGeneralRfInversionInputScheduler:
    if value in FLUX_GENERAL_RF_INVERSION_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_RF_INVERSION_INPUT_SCHEDULER_VALUES!r}"
    )
