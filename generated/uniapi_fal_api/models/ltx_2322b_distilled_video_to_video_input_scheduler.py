from typing import Literal

Ltx2322BDistilledVideoToVideoInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_DISTILLED_VIDEO_TO_VIDEO_INPUT_SCHEDULER_VALUES: set[
    Ltx2322BDistilledVideoToVideoInputScheduler
] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_distilled_video_to_video_input_scheduler(
    value: str,
) -> Ltx2322BDistilledVideoToVideoInputScheduler:
    if value in LTX_2322B_DISTILLED_VIDEO_TO_VIDEO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_VIDEO_TO_VIDEO_INPUT_SCHEDULER_VALUES!r}"
    )
