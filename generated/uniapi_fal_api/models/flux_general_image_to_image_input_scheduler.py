from typing import Literal

FluxGeneralImageToImageInputScheduler = Literal["dpmpp_2m", "euler"]

FLUX_GENERAL_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES: set[FluxGeneralImageToImageInputScheduler] = {
    "dpmpp_2m",
    "euler",
}


def check_flux_general_image_to_image_input_scheduler(
    value: str,
) -> FluxGeneralImageToImageInputScheduler:
    if value in FLUX_GENERAL_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_GENERAL_IMAGE_TO_IMAGE_INPUT_SCHEDULER_VALUES!r}"
    )
