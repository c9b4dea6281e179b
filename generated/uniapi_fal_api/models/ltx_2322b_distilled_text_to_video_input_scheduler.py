from typing import Literal

Ltx2322BDistilledTextToVideoInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_DISTILLED_TEXT_TO_VIDEO_INPUT_SCHEDULER_VALUES: set[
    Ltx2322BDistilledTextToVideoInputScheduler
] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_distilled_text_to_video_input_scheduler(
    value: str,
) -> Ltx2322BDistilledTextToVideoInputScheduler:
    if value in LTX_2322B_DISTILLED_TEXT_TO_VIDEO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_TEXT_TO_VIDEO_INPUT_SCHEDULER_VALUES!r}"
    )
