from typing import Literal

Ltx2322BDistilledImageToVideoInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_SCHEDULER_VALUES: set[
    Ltx2322BDistilledImageToVideoInputScheduler
] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_distilled_image_to_video_input_scheduler(
    value: str,
) -> Ltx2322BDistilledImageToVideoInputScheduler:
    if value in LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_IMAGE_TO_VIDEO_INPUT_SCHEDULER_VALUES!r}"
    )
