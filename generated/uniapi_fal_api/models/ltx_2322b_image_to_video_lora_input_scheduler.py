from typing import Literal

Ltx2322BImageToVideoLoraInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES: set[
    Ltx2322BImageToVideoLoraInputScheduler
] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_image_to_video_lora_input_scheduler(
    value: str,
) -> Ltx2322BImageToVideoLoraInputScheduler:
    if value in LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_IMAGE_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES!r}"
    )
