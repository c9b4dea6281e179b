from typing import Literal

FluxGeneralRfInversionInputReverseGuidanceSchedule = Literal[
    "constant", "linear_decrease", "linear_increase"
]

FLUX_GENERAL_RF_INVERSION_INPUT_REVERSE_GUIDANCE_SCHEDULE_VALUES: set[
    FluxGeneralRfInversionInputReverseGuidanceSchedule
] = {
    "constant",
    "linear_decrease",
    "linear_increase",
}


def check_flux_general_rf_inversion_input_reverse_guidance_schedule(
    value: str,
) -> FluxGeneralRfInversionInputReverseGuidanceSchedule:
    if value in FLUX_GENERAL_RF_INVERSION_INPUT_REVERSE_GUIDANCE_SCHEDULE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_RF_INVERSION_INPUT_REVERSE_GUIDANCE_SCHEDULE_VALUES!r}"
    )
