from typing import Literal

Ltx2322BReferenceVideoToVideoLoraInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES: set[
    Ltx2322BReferenceVideoToVideoLoraInputScheduler
] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_reference_video_to_video_lora_input_scheduler(
    value: str,
) -> Ltx2322BReferenceVideoToVideoLoraInputScheduler:
    if value in LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_REFERENCE_VIDEO_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES!r}"
    )
