from typing import Literal

FluxGeneralInpaintingInputScheduler = Literal["dpmpp_2m", "euler"]

FLUX_GENERAL_INPAINTING_INPUT_SCHEDULER_VALUES: set[FluxGeneralInpaintingInputScheduler] = {
    "dpmpp_2m",
    "euler",
}


def check_flux_general_inpainting_input_scheduler(
    value: str,
) -> FluxGeneralInpaintingInputScheduler:
    if value in FLUX_GENERAL_INPAINTING_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_INPAINTING_INPUT_SCHEDULER_VALUES!r}"
    )
