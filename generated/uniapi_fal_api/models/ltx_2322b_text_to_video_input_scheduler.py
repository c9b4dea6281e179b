from typing import Literal

Ltx2322BTextToVideoInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_TEXT_TO_VIDEO_INPUT_SCHEDULER_VALUES: set[Ltx2322BTextToVideoInputScheduler] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_text_to_video_input_scheduler(value: str) -> Ltx2322BTextToVideoInputScheduler:
    if value in LTX_2322B_TEXT_TO_VIDEO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_TEXT_TO_VIDEO_INPUT_SCHEDULER_VALUES!r}"
    )
