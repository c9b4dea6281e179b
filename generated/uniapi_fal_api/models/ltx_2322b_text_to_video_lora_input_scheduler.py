from typing import Literal

Ltx2322BTextToVideoLoraInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_TEXT_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES: set[Ltx2322BTextToVideoLoraInputScheduler] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_text_to_video_lora_input_scheduler(
    value: str,
) -> Ltx2322BTextToVideoLoraInputScheduler:
    if value in LTX_2322B_TEXT_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_TEXT_TO_VIDEO_LORA_INPUT_SCHEDULER_VALUES!r}"
    )
