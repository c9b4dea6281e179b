from typing import Literal

Ltx2322BImageToVideoInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_IMAGE_TO_VIDEO_INPUT_SCHEDULER_VALUES: set[Ltx2322BImageToVideoInputScheduler] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_image_to_video_input_scheduler(
    value: str,
) -> Ltx2322BImageToVideoInputScheduler:
    if value in LTX_2322B_IMAGE_TO_VIDEO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_IMAGE_TO_VIDEO_INPUT_SCHEDULER_VALUES!r}"
    )
