from typing import Literal

FluxGeneralDifferentialDiffusionInputScheduler = Literal["dpmpp_2m", "euler"]

FLUX_GENERAL_DIFFERENTIAL_DIFFUSION_INPUT_SCHEDULER_VALUES: set[
    FluxGeneralDifferentialDiffusionInputScheduler
] = {
    "dpmpp_2m",
    "euler",
}


def check_flux_general_differential_diffusion_input_scheduler(
    value: str,
) -> FluxGeneralDifferentialDiffusionInputScheduler:
    if value in FLUX_GENERAL_DIFFERENTIAL_DIFFUSION_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_DIFFERENTIAL_DIFFUSION_INPUT_SCHEDULER_VALUES!r}"
    )
