from typing import Literal

Ltx2322BDistilledAudioToVideoInputScheduler = Literal["beta", "linear_quadratic", "ltx2"]

LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_INPUT_SCHEDULER_VALUES: set[
    Ltx2322BDistilledAudioToVideoInputScheduler
] = {
    "beta",
    "linear_quadratic",
    "ltx2",
}


def check_ltx_2322b_distilled_audio_to_video_input_scheduler(
    value: str,
) -> Ltx2322BDistilledAudioToVideoInputScheduler:
    if value in LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_INPUT_SCHEDULER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LTX_2322B_DISTILLED_AUDIO_TO_VIDEO_INPUT_SCHEDULER_VALUES!r}"
    )
